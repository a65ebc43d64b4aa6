using ChatAssistant.Core.Configuration;
using ChatAssistant.Knowledge;
using ChatAssistant.Knowledge.Service;

namespace ChatAssistant.Cli.Commands;

/// <summary>What the kb commands share: where the knowledge base is, loaded once without watching.</summary>
internal static class KnowledgeCommandSupport
{
    public const string KnowledgeBaseOption = "[--kb PATH]";

    public static KnowledgeService Load(CliArguments arguments) =>
        new(ContentPaths.Resolve(arguments.Option("kb") ?? new ChatAssistantOptions().KnowledgeBasePath),
            new KnowledgeOptions { WatchForChanges = false },
            TimeProvider.System);
}
