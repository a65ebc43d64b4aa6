using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Core.Pipeline.Middleware;

/// <summary>
/// Throttles a conversation that floods the bot, whatever the activity's type: past the limit, one polite notice, then
/// nothing of it is stored or answered until the window passes (a flood must not fill the disk). Other conversations are unaffected.
/// The counters are in memory on purpose: losing them on a restart only forgives a flood.
/// </summary>
public sealed class FloodGuard(TimeProvider clock, IOptions<PipelineOptions> options, IBotTexts texts) : ITurnMiddleware
{
    private const int PruneThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly PipelineOptions _options = options.Value;
    private long _nextPruneTicks;

    public Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
    {
        // The opening of a conversation is made by the server itself, once.
        if (context.Activity.Type == Activities.ActivityTypes.ConversationUpdate)
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
            window.LastAt = now;
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
        context.NotStored = true;
        if (firstOver)
        {
            context.SendText(texts.Get("flood.notice", context.Language));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Forgets quiet conversations, at most once per window span and by one turn only: a scan on every turn
    /// would cost each turn as much as there are active conversations.
    /// </summary>
    private void PruneOccasionally(DateTimeOffset now, TimeSpan span)
    {
        var due = Interlocked.Read(ref _nextPruneTicks);
        if (now.UtcTicks < due || _windows.Count < PruneThreshold
            || Interlocked.CompareExchange(ref _nextPruneTicks, now.UtcTicks + span.Ticks, due) != due)
        {
            return;
        }

        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                if (now - window.LastAt >= span)
                {
                    _windows.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Window
    {
        public Queue<DateTimeOffset> Times { get; } = new();
        public DateTimeOffset LastAt { get; set; }
        public bool Warned { get; set; }
    }
}
