using ChatAssistant.Knowledge.Recognition;

namespace ChatAssistant.Knowledge.Tests.Service;

public sealed class HotReloadTests
{
    private const string NewTopic = """
        ---
        id: biblioteca
        lang: it
        title: Biblioteche
        questions:
          - Quando apre la biblioteca?
        keywords: [biblioteca, prestito libri]
        links: []
        ---
        Le biblioteche prestano libri gratis.
        """;

    [Fact]
    public async Task Watcher_NewTopicFile_IsAnsweredAfterReload()
    {
        var root = TestKnowledge.CopyFixture();
        using var service = TestKnowledge.Open(root, watch: true);
        var recognizer = TestKnowledge.Recognizer(service);
        Assert.NotEqual("biblioteca", recognizer.Recognize("prestito libri in biblioteca", null, null).Id);

        await File.WriteAllTextAsync(Path.Combine(root, "topics", "biblioteca.it.md"), NewTopic);

        Assert.True(await WaitFor(() => service.Version > 1), "the watcher did not reload within 10 s");
        Assert.Equal("biblioteca", recognizer.Recognize("prestito libri in biblioteca", null, null).Id);
        Assert.Empty(service.Problems);
    }

    [Fact]
    public async Task Watcher_BrokenFile_KeepsServingThePreviousVersionAndReportsIt()
    {
        var root = TestKnowledge.CopyFixture();
        using var service = TestKnowledge.Open(root, watch: true);
        var recognizer = TestKnowledge.Recognizer(service);
        var reloaded = 0;
        service.Reloaded += (_, _) => Interlocked.Increment(ref reloaded);

        await File.WriteAllTextAsync(Path.Combine(root, "topics", "cie.it.md"), "---\nid: cie\nlang: it\ntitle: [broken\n---\n");

        Assert.True(await WaitFor(() => Volatile.Read(ref reloaded) > 0), "the watcher did not react within 10 s");
        Assert.Equal(1, service.Version);
        Assert.Contains(service.Problems, p => p.File.EndsWith("cie.it.md", StringComparison.Ordinal));
        Assert.Equal("cie", recognizer.Recognize("ho perso la carta d'identità", null, null).Id);
    }

    [Fact]
    public void Reload_Manual_BumpsVersionAndLoadedAt()
    {
        using var service = TestKnowledge.Open(TestKnowledge.CopyFixture());
        var before = service.LoadedAt;

        Assert.True(service.Reload());

        Assert.Equal(2, service.Version);
        Assert.True(service.LoadedAt >= before);
    }

    // Bounded polling: the watcher and its debounce run on their own threads.
    private static async Task<bool> WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return condition();
    }
}
