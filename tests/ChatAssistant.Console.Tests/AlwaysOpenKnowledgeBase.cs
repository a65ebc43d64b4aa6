using ChatAssistant.Host.Tests.Support;

namespace ChatAssistant.Console.Tests;

/// <summary>
/// A copy of the repository's knowledge base whose municipalities take chats every day at every hour, so the live
/// queue can be tested on a Saturday night too. Italian national holidays stay closed (the handoff's rule).
/// </summary>
internal static class AlwaysOpenKnowledgeBase
{
    private const string Hours = """
        timezone: Europe/Rome
        assignment: manual
        claim_timeout_minutes: 10
        hours:
          monday: "00:00-23:59"
          tuesday: "00:00-23:59"
          wednesday: "00:00-23:59"
          thursday: "00:00-23:59"
          friday: "00:00-23:59"
          saturday: "00:00-23:59"
          sunday: "00:00-23:59"
        """;

    public static string Create()
    {
        var source = Path.Combine(HostProcess.RepositoryRoot(), "knowledge-base");
        var copy = Directory.CreateTempSubdirectory("chatassistant-kb-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var handoff in Directory.EnumerateFiles(Path.Combine(copy, "comuni"), "handoff.yaml", SearchOption.AllDirectories))
        {
            File.WriteAllText(handoff, Hours + "\n");
        }

        return copy;
    }
}
