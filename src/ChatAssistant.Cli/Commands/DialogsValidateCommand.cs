using ChatAssistant.Bot;
using ChatAssistant.Core.Configuration;
using ChatAssistant.Dialogs;
using ChatAssistant.Dialogs.Actions;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Cli.Commands;

/// <summary>Checks the flows and texts as the host does at start-up, printing each problem as file:line: reason.</summary>
internal sealed class DialogsValidateCommand : ICliCommand
{
    public string Name => "dialogs validate";

    public string Usage => "[--path DIR]";

    public string Description => "Check every flow and text in dialogs/ (exit 1 and file:line for each problem).";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        var path = Path.GetFullPath(arguments.Option("path") ?? ContentPaths.Resolve("dialogs"));

        // The actions, flows and texts the bot's code needs, read from its registrations without starting it.
        var requirements = new ServiceCollection().AddBot().DialogRequirements();
        var (catalog, problems) = DialogCatalog.Read(path, requirements);
        if (problems.Count == 0)
        {
            await output.WriteLineAsync($"{catalog.Flows.Count} flows OK ({path}).");
            return 0;
        }

        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        await error.WriteLineAsync($"{problems.Count} problem(s) in {path}.");
        return 1;
    }
}
