namespace ChatAssistant.Channels.Outbox;

/// <summary>
/// One bot's sending budget: never more than <c>maxPerWindow</c> sends in any sliding window, at least
/// <c>perChatInterval</c> between two sends to one chat, and a pause for everybody after "too many requests".
/// A send counts from when it is taken until <c>window</c> after it completed: a request delayed on the way
/// (a slow network, a busy machine) can then never arrive bunched with later ones, so the server sees the
/// limit whatever the delays. Time comes from the injected <see cref="TimeProvider"/> (tests use a fake clock).
/// In memory on purpose: one sender per bot owns it; after a restart the budget starts empty.
/// </summary>
public sealed class OutboxRateLimiter(TimeProvider clock, int maxPerWindow, TimeSpan window, TimeSpan perChatInterval)
{
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(10);
    private readonly List<SendSlot> _slots = [];
    private readonly Dictionary<string, DateTimeOffset> _chatReadyAt = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    // Urgent waiters (replies, reminders) by a token of their own: while one whose chat may send is waiting, an
    // announcement's copy takes no slot, so a reply never queues behind a long announcement.
    private readonly Dictionary<object, string> _urgentWaiting = [];
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>When the whole bot may send again; in the past when it is not paused.</summary>
    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_gate)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>
    /// Takes a send for <paramref name="chatId"/> now (<paramref name="slot"/> set, <see cref="TimeSpan.Zero"/>
    /// returned), or takes nothing and returns how long to wait before asking again. Dispose the slot when the
    /// send completed, whatever its outcome.
    /// </summary>
    public TimeSpan TryAcquire(string chatId, out SendSlot? slot) => TryAcquire(chatId, urgent: true, out slot);

    /// <summary>As <see cref="TryAcquire(string, out SendSlot?)"/>; a send that is not <paramref name="urgent"/> yields to waiting urgent ones.</summary>
    public TimeSpan TryAcquire(string chatId, bool urgent, out SendSlot? slot)
    {
        slot = null;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var wait = _pausedUntil - now;
            if (_chatReadyAt.TryGetValue(chatId, out var chatReady) && chatReady - now > wait)
            {
                wait = chatReady - now;
            }

            _slots.RemoveAll(s => s.CompletedAt is { } done && now - done >= window);
            if (_slots.Count >= maxPerWindow)
            {
                var completed = _slots.Where(s => s.CompletedAt is not null).Select(s => s.CompletedAt!.Value + window - now).ToList();
                var windowWait = completed.Count > 0 ? completed.Min() : InFlightPoll;
                if (windowWait > wait)
                {
                    wait = windowWait;
                }
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            if (!urgent && _urgentWaiting.Values.Any(c => !_chatReadyAt.TryGetValue(c, out var ready) || ready <= now))
            {
                return InFlightPoll;
            }

            slot = new SendSlot(this, chatId);
            _slots.Add(slot);
            _chatReadyAt[chatId] = DateTimeOffset.MaxValue;
            PruneChats(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Waits for a send slot and takes it.</summary>
    public async Task<SendSlot> AcquireAsync(string chatId, CancellationToken cancellationToken, bool urgent = true)
    {
        var token = new object();
        if (urgent)
        {
            lock (_gate)
            {
                _urgentWaiting[token] = chatId;
            }
        }

        try
        {
            while (true)
            {
                var wait = TryAcquire(chatId, urgent, out var slot);
                if (slot is not null)
                {
                    return slot;
                }

                await Task.Delay(wait, clock, cancellationToken);
            }
        }
        finally
        {
            if (urgent)
            {
                lock (_gate)
                {
                    _urgentWaiting.Remove(token);
                }
            }
        }
    }

    /// <summary>Telegram answered 429 with retry_after: nobody on this bot sends until then.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    private void Complete(SendSlot slot)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            slot.CompletedAt = now;
            _chatReadyAt[slot.ChatId] = now + perChatInterval;
        }
    }

    private void PruneChats(DateTimeOffset now)
    {
        if (_chatReadyAt.Count < 10_000)
        {
            return;
        }

        foreach (var stale in _chatReadyAt.Where(kv => kv.Value <= now).Select(kv => kv.Key).ToList())
        {
            _chatReadyAt.Remove(stale);
        }
    }

    /// <summary>One taken send. Dispose it once the request completed: the window counts from then.</summary>
    public sealed class SendSlot : IDisposable
    {
        private readonly OutboxRateLimiter _owner;
        private int _done;

        internal SendSlot(OutboxRateLimiter owner, string chatId)
        {
            _owner = owner;
            ChatId = chatId;
        }

        public string ChatId { get; }

        internal DateTimeOffset? CompletedAt { get; set; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                _owner.Complete(this);
            }
        }
    }
}
