using ChatAssistant.Cli.Chat;

namespace ChatAssistant.Cli.Commands;

/// <summary>Talks to the bot in the terminal through the same pipeline as Telegram and web chat.</summary>
internal sealed class ChatCommand : ICliCommand
{
    public string Name => "chat";

    public string Usage => "[--tenant milano] [--conversation NAME] [--data DIR]";

    public string Description => "Chat with the bot in this terminal (buttons appear as numbered choices; type the number).";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        var tenant = arguments.Option("tenant") ?? "milano";
        var conversation = arguments.Option("conversation") ?? "terminal";
        await using var runtime = await BotRuntime.StartAsync(arguments.Option("data"));
        if (runtime.FindTenant(tenant) is null)
        {
            await error.WriteLineAsync($"Unknown municipality '{tenant}'. Known: {string.Join(", ", runtime.TenantIds)}.");
            return 2;
        }

        var console = new ConsoleChannel(runtime.Pipeline, tenant, conversation, output);
        await console.StartAsync();
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line.Trim() is "/exit" or "/quit")
            {
                break;
            }

            await console.SendAsync(line);
        }

        return 0;
    }
}
