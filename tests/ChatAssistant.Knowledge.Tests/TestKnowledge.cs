using ChatAssistant.Core.Configuration;
using ChatAssistant.Knowledge.Recognition;
using ChatAssistant.Knowledge.Service;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Knowledge.Tests;

/// <summary>The small fixture knowledge base (Fixtures/kb) and the real one (knowledge-base/ at the repository root).</summary>
internal static class TestKnowledge
{
    public static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "kb");

    /// <summary>A small knowledge base that passes every lint check; each lint test breaks one thing in a copy.</summary>
    public static string LintFixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "lint-kb");

    public static string RealPath => ContentPaths.Resolve("knowledge-base");

    private static readonly Lazy<KnowledgeService> FixtureService = new(() => Open(FixturePath));
    private static readonly Lazy<KnowledgeService> RealService = new(() => Open(RealPath));

    public static KnowledgeService Fixture => FixtureService.Value;

    public static KnowledgeService Real => RealService.Value;

    public static KnowledgeService Open(string path, bool watch = false, int debounceMs = 100) =>
        new(path, new KnowledgeOptions { WatchForChanges = watch, ReloadDebounceMilliseconds = debounceMs }, TimeProvider.System);

    public static KnowledgeRecognizer Recognizer(KnowledgeService service) =>
        new(service, new LanguageDetector(), Options.Create(new KnowledgeOptions()));

    /// <summary>A private copy of the fixture that a test may change.</summary>
    public static string CopyFixture() => CopyOf(FixturePath);

    /// <summary>A private copy of the folder at <paramref name="source"/> that a test may change.</summary>
    public static string CopyOf(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "kb-test-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
