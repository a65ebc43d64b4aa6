using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Recognition;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAssistant.Knowledge.Service;

/// <summary>
/// Holds the current knowledge snapshot and rebuilds it when files change. A reload that finds any problem keeps the
/// previous snapshot serving as a whole (simplest to reason about: what serves was valid when loaded) and reports why.
/// </summary>
public sealed class KnowledgeService : IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _reloadLock = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly ITimer? _debounce;
    private volatile KnowledgeSnapshot _current;
    private IReadOnlyList<LoadProblem> _problems;

    public KnowledgeService(string rootPath, KnowledgeOptions options, TimeProvider time, ILogger<KnowledgeService>? logger = null)
    {
        RootPath = Path.GetFullPath(rootPath);
        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;

        // The first load serves whatever is valid even with problems: an empty assistant helps nobody.
        var (snapshot, problems) = Build(1);
        _current = snapshot;
        _problems = problems;
        LogProblems(problems, "loaded with problems");

        if (options.WatchForChanges && Directory.Exists(RootPath))
        {
            _debounce = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _watcher = new FileSystemWatcher(RootPath) { IncludeSubdirectories = true };
            _watcher.Changed += OnChanged;
            _watcher.Created += OnChanged;
            _watcher.Deleted += OnChanged;
            _watcher.Renamed += OnChanged;
            _watcher.EnableRaisingEvents = true;
        }
    }

    public string RootPath { get; }

    public KnowledgeSnapshot Current => _current;

    /// <summary>Increases by one with every successful reload.</summary>
    public long Version => _current.Version;

    public DateTimeOffset LoadedAt => _current.LoadedAt;

    /// <summary>Problems found by the last load attempt (empty when the content is clean).</summary>
    public IReadOnlyList<LoadProblem> Problems => _problems;

    /// <summary>Raised after a reload attempt, successful or not.</summary>
    public event EventHandler? Reloaded;

    /// <summary>Loads the folder again; true when the new content replaced the old.</summary>
    public bool Reload()
    {
        bool swapped;
        lock (_reloadLock)
        {
            var (snapshot, problems) = Build(_current.Version + 1);
            _problems = problems;
            swapped = problems.Count == 0;
            if (swapped)
            {
                // The old index is left to the garbage collector: a search may still be running on it.
                _current = snapshot;
                _logger.LogInformation("Knowledge base reloaded: version {Version}, {Documents} examples", snapshot.Version, snapshot.Index.DocumentCount);
            }
            else
            {
                snapshot.Index.Dispose();
                LogProblems(problems, "change rejected, the previous version keeps serving");
            }
        }

        Reloaded?.Invoke(this, EventArgs.Empty);
        return swapped;
    }

    private (KnowledgeSnapshot, IReadOnlyList<LoadProblem>) Build(long version)
    {
        var content = KnowledgeBaseLoader.Load(RootPath);
        var problems = content.Problems.ToList();
        var index = KnowledgeIndex.Build(content, problems);
        return (new KnowledgeSnapshot(content, index, version, _time.GetUtcNow()), problems);
    }

    private void OnChanged(object sender, FileSystemEventArgs e) =>
        _debounce?.Change(TimeSpan.FromMilliseconds(_options.ReloadDebounceMilliseconds), Timeout.InfiniteTimeSpan);

    private void LogProblems(IReadOnlyList<LoadProblem> problems, string what)
    {
        foreach (var problem in problems)
        {
            _logger.LogWarning("Knowledge base {What}: {File}: {Reason}", what, problem.File, problem.Reason);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }
}
