using ChatAssistant.Cli.Commands;
using ChatAssistant.Cli.Users;

namespace ChatAssistant.Cli;

/// <summary>Dispatches "&lt;group&gt; &lt;verb&gt; [options]" to one command class per action.</summary>
public static class CommandLine
{
    private static readonly ICliCommand[] Commands =
    [
        new KbAskCommand(),
        new KbEvalCommand(),
        new KbCalibrateCommand(),
        new KbLintCommand(),
        new ChatCommand(),
        new DialogsValidateCommand(),
        new UsersAddCommand(),
        new UsersListCommand(),
        new UsersDisableCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var command = Commands.FirstOrDefault(c => Matches(c.Name, args));
        if (command is null)
        {
            await error.WriteLineAsync(Usage());
            return args.Length == 0 || args[0] is "help" or "--help" or "-h" ? 0 : 2;
        }

        var words = command.Name.Split(' ').Length;
        try
        {
            return await command.RunAsync(CliArguments.Parse(args[words..]), output, error);
        }
        catch (CliUsageException ex)
        {
            await error.WriteLineAsync($"{ex.Message}\nusage: {command.Name} {command.Usage}");
            return 2;
        }
    }

    private static bool Matches(string name, string[] args)
    {
        var words = name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => string.Equals(w, args[i], StringComparison.OrdinalIgnoreCase)).All(x => x);
    }

    private static string Usage() =>
        "ChatAssistant command line\n\n" + string.Join('\n', Commands.Select(c => $"  {c.Name} {c.Usage}\n      {c.Description}"));
}
