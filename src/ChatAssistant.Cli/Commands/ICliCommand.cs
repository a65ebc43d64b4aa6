namespace ChatAssistant.Cli.Commands;

/// <summary>One CLI action, e.g. "dialogs validate". Returns the process exit code.</summary>
public interface ICliCommand
{
    /// <summary>The words that select it, e.g. "kb ask".</summary>
    string Name { get; }

    string Usage { get; }

    string Description { get; }

    Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error);
}
