using System.Collections.Concurrent;
using System.Threading.Channels;
using ChatAssistant.Core.Storage;

namespace ChatAssistant.Channels.DirectLine.Streaming;

/// <summary>
/// What a stream is told: the bot is typing (not stored), or new transcript entries. <see cref="Entries"/> are the entries
/// a turn just stored, sent as they are when they follow the stream's watermark exactly; otherwise (or when empty) the
/// stream reads the store, which stays the truth.
/// </summary>
public sealed record StreamSignal(bool Typing, IReadOnlyList<TranscriptEntry> Entries)
{
    public static StreamSignal TypingIndicator { get; } = new(true, []);
    public static StreamSignal CheckStore { get; } = new(false, []);

    public static StreamSignal Stored(IReadOnlyList<TranscriptEntry> entries) => new(false, entries);
}

/// <summary>
/// In-memory doorbell per conversation: "something new for conversation X". Safe to lose: the stream reads the
/// store after every signal, and a client that reconnects asks for everything after its watermark.
/// </summary>
public sealed class ConversationNotifier
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _subscribers = new(StringComparer.Ordinal);

    public Subscription Subscribe(string conversationKey)
    {
        var subscription = new Subscription(this, conversationKey);
        _subscribers.GetOrAdd(conversationKey, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Publish(string conversationKey, StreamSignal signal)
    {
        if (_subscribers.TryGetValue(conversationKey, out var set))
        {
            foreach (var subscription in set.Keys)
            {
                subscription.Writer.TryWrite(signal);
            }
        }
    }

    public int SubscriberCount(string conversationKey) => _subscribers.TryGetValue(conversationKey, out var set) ? set.Count : 0;

    private void Remove(Subscription subscription)
    {
        if (_subscribers.TryGetValue(subscription.ConversationKey, out var set))
        {
            set.TryRemove(subscription, out _);
            if (set.IsEmpty)
            {
                _subscribers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Subscription, byte>>(subscription.ConversationKey, set));
            }
        }
    }

    public sealed class Subscription : IDisposable
    {
        // Newest signals win: a dropped NewEntries is covered by a later one, which reads everything after the watermark.
        private readonly Channel<StreamSignal> _channel = Channel.CreateBounded<StreamSignal>(
            new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        private readonly ConversationNotifier _owner;

        internal Subscription(ConversationNotifier owner, string conversationKey)
        {
            _owner = owner;
            ConversationKey = conversationKey;
        }

        public string ConversationKey { get; }
        public ChannelReader<StreamSignal> Reader => _channel.Reader;
        internal ChannelWriter<StreamSignal> Writer => _channel.Writer;

        public void Dispose()
        {
            _channel.Writer.TryComplete();
            _owner.Remove(this);
        }
    }
}
