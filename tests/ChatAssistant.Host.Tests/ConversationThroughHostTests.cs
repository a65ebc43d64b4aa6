using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Host.Tests;

/// <summary>A citizen's conversation through the real host process: Direct Line, pipeline, LiteDB, flows, knowledge.</summary>
public class ConversationThroughHostTests
{
    [Fact]
    public async Task Conversation_Greeting_ShowsTheMainMenuAsButtons()
    {
        await using var host = await HostProcess.StartAsync();
        var citizen = new DirectLineClient(host.Client);

        await citizen.StartAsync();
        var welcome = await citizen.ReadBotMessagesAsync();

        Assert.Contains("Comune di Milano", DirectLineClient.Texts(welcome), StringComparison.Ordinal);
        Assert.Contains("Prenota un appuntamento", DirectLineClient.Buttons(welcome));
    }

    [Fact]
    public async Task Conversation_Question_GetsTheAnswerWithItsOfficialLink()
    {
        await using var host = await HostProcess.StartAsync();
        var citizen = new DirectLineClient(host.Client);
        await citizen.StartAsync();
        await citizen.ReadBotMessagesAsync();

        var answer = await citizen.SendAsync("ho perso la carta d'identità elettronica, come la rifaccio?");

        var text = DirectLineClient.Texts(answer);
        Assert.Contains("cartaidentita.interno.gov.it", text, StringComparison.Ordinal);
        Assert.Contains("👍", DirectLineClient.Buttons(answer));
    }

    [Fact]
    public async Task Conversation_HostKilledMidFlow_ResumesWhereItWas()
    {
        await using var first = await HostProcess.StartAsync();
        var citizen = new DirectLineClient(first.Client);
        await citizen.StartAsync();
        await citizen.ReadBotMessagesAsync();
        var question = await citizen.SendAsync("privacy");
        Assert.Contains("Cancella i miei dati", DirectLineClient.Buttons(question));
        var confirm = await citizen.SendAsync("Cancella i miei dati");
        Assert.NotEmpty(DirectLineClient.Buttons(confirm));

        await first.KillAsync();
        await using var second = await HostProcess.StartAsync(first.DataDirectory);
        var resumed = citizen.Reconnect(second.Client);
        var done = await resumed.SendAsync("sì");

        Assert.Contains("cancellat", DirectLineClient.Texts(done), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Conversation_PasswordTyped_IsMaskedAndTheCitizenWarned()
    {
        await using var host = await HostProcess.StartAsync();
        var citizen = new DirectLineClient(host.Client);
        await citizen.StartAsync();
        await citizen.ReadBotMessagesAsync();

        var reply = await citizen.SendAsync("la mia password dello spid è Roma2024!");

        Assert.Contains("password", DirectLineClient.Texts(reply), StringComparison.OrdinalIgnoreCase);
        var transcript = await File.ReadAllBytesAsync(Path.Combine(host.DataDirectory, "chatassistant.db"));
        Assert.DoesNotContain("Roma2024", System.Text.Encoding.UTF8.GetString(transcript), StringComparison.Ordinal);
    }
}
