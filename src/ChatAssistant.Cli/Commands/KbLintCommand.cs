using ChatAssistant.Core.Configuration;
using ChatAssistant.Knowledge.Linting;
using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Cli.Commands;

/// <summary>"kb lint": every catalogue topic in both languages, valid, sourced and reviewed, official links, short readable answers.</summary>
public sealed class KbLintCommand(TimeProvider time) : ICliCommand
{
    public KbLintCommand()
        : this(TimeProvider.System)
    {
    }

    public string Name => "kb lint";

    public string Usage => "[--catalogue PATH] " + KnowledgeCommandSupport.KnowledgeBaseOption;

    public string Description => "Checks the knowledge base against the catalogue (../shared/kb/topics.yaml); exit 1 on any failure.";

    public async Task<int> RunAsync(CliArguments arguments, TextWriter output, TextWriter error)
    {
        var root = ContentPaths.Resolve(arguments.Option("kb") ?? new ChatAssistantOptions().KnowledgeBasePath);
        var content = KnowledgeBaseLoader.Load(root);
        var cataloguePath = Catalogue.Locate(arguments.Option("catalogue") ?? "../shared/kb/topics.yaml");
        if (cataloguePath is null)
        {
            await output.WriteLineAsync("Catalogue not found: checking only the files that are there.");
        }

        var problems = KnowledgeLinter.Lint(content, cataloguePath is null ? null : Catalogue.Read(cataloguePath), time);
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem.ToString());
        }

        var errors = problems.Count(p => !p.IsWarning);
        var warnings = problems.Count - errors;
        await output.WriteLineAsync(errors == 0
            ? $"OK: {content.Entries.Count} entries, {content.Intents.Count} intents, {content.Tenants.Count} municipalities"
              + (warnings == 0 ? "." : $"; {warnings} warning(s).")
            : $"{errors} problem(s), {warnings} warning(s).");
        return errors == 0 ? 0 : 1;
    }
}
