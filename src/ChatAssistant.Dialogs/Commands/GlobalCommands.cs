using ChatAssistant.Core.Pipeline;
using ChatAssistant.Dialogs.Engine;

namespace ChatAssistant.Dialogs.Commands;

/// <summary>
/// Recognises the global words and Telegram-style /commands. Only a whole message counts ("stop", not "non
/// riesco a fermare la stop"), so answers to prompts are never hijacked. The labels of the bot's own buttons for
/// these commands count too, so a button pressed from an old message still works.
/// </summary>
public sealed class GlobalCommands
{
    /// <summary>Button texts that mean a command, by string key.</summary>
    public static readonly IReadOnlyDictionary<string, GlobalCommand> ButtonKeys = new Dictionary<string, GlobalCommand>(StringComparer.Ordinal)
    {
        ["button.menu"] = GlobalCommand.Menu,
        ["button.cancel"] = GlobalCommand.Cancel,
        ["menu.volunteer"] = GlobalCommand.Volunteer,
        ["help.language"] = GlobalCommand.Language,
        ["help.privacy"] = GlobalCommand.Privacy,
    };

    private static readonly Dictionary<string, GlobalCommand> SlashCommands = new(StringComparer.Ordinal)
    {
        ["start"] = GlobalCommand.Start,
        ["menu"] = GlobalCommand.Menu,
        ["aiuto"] = GlobalCommand.Help,
        ["help"] = GlobalCommand.Help,
        ["operatore"] = GlobalCommand.Volunteer,
        ["volontario"] = GlobalCommand.Volunteer,
        ["operator"] = GlobalCommand.Volunteer,
        ["lingua"] = GlobalCommand.Language,
        ["language"] = GlobalCommand.Language,
        ["privacy"] = GlobalCommand.Privacy,
        ["annulla"] = GlobalCommand.Cancel,
        ["cancel"] = GlobalCommand.Cancel,
        ["stop"] = GlobalCommand.Cancel,
        ["avvisi"] = GlobalCommand.Announcements,
        ["stop_avvisi"] = GlobalCommand.StopAnnouncements,
    };

    private static readonly Dictionary<string, GlobalCommand> Words = new(StringComparer.Ordinal)
    {
        ["annulla"] = GlobalCommand.Cancel,
        ["cancel"] = GlobalCommand.Cancel,
        ["stop"] = GlobalCommand.Cancel,
        ["basta"] = GlobalCommand.Cancel,
        ["menu"] = GlobalCommand.Menu,
        ["start"] = GlobalCommand.Menu,
        ["menu principale"] = GlobalCommand.Menu,
        ["main menu"] = GlobalCommand.Menu,
        ["aiuto"] = GlobalCommand.Help,
        ["help"] = GlobalCommand.Help,
        ["operatore"] = GlobalCommand.Volunteer,
        ["volontario"] = GlobalCommand.Volunteer,
        ["operator"] = GlobalCommand.Volunteer,
        ["human"] = GlobalCommand.Volunteer,
        ["volunteer"] = GlobalCommand.Volunteer,
        ["lingua"] = GlobalCommand.Language,
        ["language"] = GlobalCommand.Language,
        ["stop avvisi"] = GlobalCommand.StopAnnouncements,
        ["non voglio piu avvisi"] = GlobalCommand.StopAnnouncements,
        ["stop these notices"] = GlobalCommand.StopAnnouncements,
    };

    private readonly Dictionary<string, GlobalCommand> _phrases;

    public GlobalCommands(IBotTexts texts)
    {
        _phrases = new Dictionary<string, GlobalCommand>(Words, StringComparer.Ordinal);
        foreach (var (key, command) in ButtonKeys)
        {
            foreach (var language in Languages.Supported.Where(l => texts.Has(key, l)))
            {
                _phrases.TryAdd(TextNormalizer.Normalize(texts.Get(key, language)), command);
            }
        }
    }

    public GlobalCommand Match(string? text)
    {
        var typed = TextNormalizer.Normalize(text);
        if (typed.StartsWith('/'))
        {
            // "/start@ComuneBot payload": the command is the first word, without the bot's name.
            var name = typed[1..].Split(' ', '@')[0];
            return SlashCommands.GetValueOrDefault(name, GlobalCommand.UnknownCommand);
        }

        return _phrases.GetValueOrDefault(typed, GlobalCommand.None);
    }
}
