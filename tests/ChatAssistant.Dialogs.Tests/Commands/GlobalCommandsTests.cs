using ChatAssistant.Dialogs.Commands;
using ChatAssistant.Dialogs.Tests.Support;

namespace ChatAssistant.Dialogs.Tests.Commands;

public class GlobalCommandsTests
{
    private readonly GlobalCommands _commands = new(new FakeTexts(
        new() { ["menu.volunteer"] = "Parla con un volontario" },
        new() { ["menu.volunteer"] = "Talk to a volunteer" }));

    [Theory]
    [InlineData("Annulla", GlobalCommand.Cancel)]
    [InlineData("stop!", GlobalCommand.Cancel)]
    [InlineData("MENU", GlobalCommand.Menu)]
    [InlineData("aiuto", GlobalCommand.Help)]
    [InlineData("help", GlobalCommand.Help)]
    [InlineData("operatore", GlobalCommand.Volunteer)]
    [InlineData("Parla con un volontario", GlobalCommand.Volunteer)]
    [InlineData("Talk to a volunteer", GlobalCommand.Volunteer)]
    [InlineData("/start", GlobalCommand.Start)]
    [InlineData("/start@ComuneBot", GlobalCommand.Start)]
    [InlineData("/lingua", GlobalCommand.Language)]
    [InlineData("/privacy", GlobalCommand.Privacy)]
    [InlineData("/annulla", GlobalCommand.Cancel)]
    [InlineData("/pizza", GlobalCommand.UnknownCommand)]
    public void Match_GlobalWordOrCommand_IsRecognised(string text, GlobalCommand expected) =>
        Assert.Equal(expected, _commands.Match(text));

    [Theory]
    [InlineData("non riesco ad annullare la prenotazione")]
    [InlineData("come faccio lo SPID?")]
    [InlineData("1")]
    public void Match_OrdinarySentence_IsNotACommand(string text) =>
        Assert.Equal(GlobalCommand.None, _commands.Match(text));
}
