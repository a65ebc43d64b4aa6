using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Core.Pipeline.Middleware;

/// <summary>
/// Throttles a conversation that floods the bot: past the limit, one polite notice, then its messages are
/// stored but not answered until the window passes. Other conversations are unaffected.
/// The counters are in memory on purpose: losing them on a restart only forgives a flood.
/// </summary>
public sealed class FloodGuard(TimeProvider clock, IOptions<PipelineOptions> options, IBotTexts texts) : ITurnMiddleware
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly PipelineOptions _options = options.Value;

    public Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        if (!context.Activity.IsMessage)
        {
            return next();
        }

        var now = clock.GetUtcNow();
        var span = TimeSpan.FromSeconds(_options.FloodWindowSeconds);
        var window = _windows.GetOrAdd(context.State.Key, _ => new Window());
        bool overLimit, firstOver;
        lock (window)
        {
            while (window.Times.Count > 0 && now - window.Times.Peek() >= span)
            {
                window.Times.Dequeue();
            }

            if (window.Times.Count == 0)
            {
                window.Warned = false;
            }

            window.Times.Enqueue(now);
            overLimit = window.Times.Count > _options.FloodMaxMessages;
            firstOver = overLimit && !window.Warned;
            if (firstOver)
            {
                window.Warned = true;
            }
        }

        PruneOccasionally(now, span);
        if (!overLimit)
        {
            return next();
        }

        context.Dropped = true;
        if (firstOver)
        {
            context.SendText(texts.Get("flood.notice", context.Language));
        }

        return Task.CompletedTask;
    }

    private void PruneOccasionally(DateTimeOffset now, TimeSpan span)
    {
        if (_windows.Count < 10_000)
        {
            return;
        }

        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                if (window.Times.Count == 0 || now - window.Times.Last() >= span)
                {
                    _windows.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Window
    {
        public Queue<DateTimeOffset> Times { get; } = new();
        public bool Warned { get; set; }
    }
}
