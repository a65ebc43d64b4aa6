using System.Collections.Concurrent;
using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Pipeline;
using ChatAssistant.Core.Storage;
using ChatAssistant.Handoff.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Handoff.Relay;

/// <summary>
/// Brings a citizen's messages to the consoles on this host: the store rings every host when a transcript grows
/// (<see cref="ITranscriptSignals"/>, LISTEN/NOTIFY where the engine has it); for a conversation with an open ticket
/// the new citizen messages are read from the transcript (already redacted) and published on the <see cref="HandoffFeed"/>.
/// </summary>
public sealed partial class CitizenMessageForwarder(
    ITranscriptSignals signals,
    IConversationStore conversations,
    IHandoffStore store,
    HandoffFeed feed,
    TimeProvider clock,
    ILogger<CitizenMessageForwarder> logger) : IHostedService
{
    private const int Page = 100;

    private readonly ConcurrentDictionary<string, long> _forwarded = new(StringComparer.Ordinal);
    private readonly KeyedLock _locks = new();
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = signals.Subscribe(key => _ = ForwardAsync(key));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Publishes the citizen messages of <paramref name="conversationKey"/> not forwarded yet; each once per host.</summary>
    public async Task ForwardAsync(string conversationKey)
    {
        try
        {
            var ticket = await store.FindOpenByConversationAsync(conversationKey);
            if (ticket is null)
            {
                return;
            }

            using var held = await _locks.AcquireAsync(ticket.Id, CancellationToken.None);
            var after = _forwarded.GetOrAdd(ticket.Id, ticket.StartSequence);
            var entries = await conversations.ReadTranscriptAsync(conversationKey, after, Page);
            foreach (var entry in entries)
            {
                after = entry.Sequence;
                var activity = ActivityJson.Deserialize(entry.ActivityJson);
                if (activity.IsMessage && activity.From?.Role == RoleTypes.User)
                {
                    feed.PublishHere(new HandoffEvent(HandoffEventKinds.CitizenMessage, ticket.TenantId, ticket.Id, clock.GetUtcNow(), activity.Text, Sequence: entry.Sequence));
                }
            }

            _forwarded[ticket.Id] = after;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.ForwardFailed(logger, conversationKey, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forward the citizen's messages of {Conversation} to the console")]
        public static partial void ForwardFailed(ILogger logger, string conversation, Exception exception);
    }
}
