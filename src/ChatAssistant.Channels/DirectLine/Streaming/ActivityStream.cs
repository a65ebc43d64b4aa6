using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ChatAssistant.Channels.DirectLine.Configuration;
using ChatAssistant.Channels.DirectLine.Conversations;
using ChatAssistant.Channels.DirectLine.Wire;
using ChatAssistant.Core.Activities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Channels.DirectLine.Streaming;

/// <summary>
/// One client's WebSocket: replays everything after its watermark, then pushes activity sets whenever the
/// notifier rings (and, every few seconds, checks the store anyway: another host may have written).
/// Only this loop sends, so sends on the socket never overlap. Frames from the client (its 20 s keep-alive) are read and ignored.
/// </summary>
public sealed class ActivityStream(
    DirectLineConversations conversations,
    ConversationNotifier notifier,
    TimeProvider clock,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ActivityStream> logger)
{
    /// <param name="expiresAt">When the token that opened the stream expires: the stream closes then (the client reconnects with a fresh token).</param>
    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, DateTimeOffset expiresAt, CancellationToken aborted)
    {
        var left = expiresAt - clock.GetUtcNow();
        using var expired = new CancellationTokenSource(left < TimeSpan.Zero ? TimeSpan.Zero : left > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : left, clock);
        // Shutting down closes the socket at once (the client reconnects with its watermark) instead of holding the host's stop.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, expired.Token);
        using var subscription = notifier.Subscribe(conversations.KeyOf(conversationId));
        var receiving = DrainAsync(socket, stop);
        try
        {
            watermark = await SendNewAsync(socket, conversationId, watermark, closed.Token);
            while (!closed.IsCancellationRequested)
            {
                var signal = await NextSignalAsync(subscription, closed.Token);
                if (signal.Typing)
                {
                    await SendAsync(socket, ActivitySetJson.Write([TypingJson(conversationId)], null), closed.Token);
                }
                else if (signal.Entries is { Count: > 0 } entries && entries[0].Sequence == watermark + 1)
                {
                    // Exactly what follows the watermark, just stored: no need to read it back.
                    await SendAsync(socket, ActivitySetJson.Write(entries.Select(e => e.ActivityJson).ToList(), entries[^1].Sequence), closed.Token);
                    watermark = entries[^1].Sequence;
                }
                else if (signal.Entries is not { Count: > 0 } || signal.Entries[^1].Sequence > watermark)
                {
                    watermark = await SendNewAsync(socket, conversationId, watermark, closed.Token);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ChannelClosedException)
        {
            logger.LogDebug("Stream of {Conversation} ended: {Reason}", conversationId, ex.Message);
        }
        finally
        {
            if (expired.IsCancellationRequested && !stop.IsCancellationRequested)
            {
                // A proper close the client can read, then a moment for its answer, before the socket goes.
                await CloseQuietlyAsync(socket, WebSocketCloseStatus.PolicyViolation, "The token expired: reconnect with a new one.");
                await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
            }

            await stop.CancelAsync();
            await receiving;
            await CloseQuietlyAsync(socket);
        }
    }

    private async Task<StreamSignal> NextSignalAsync(ConversationNotifier.Subscription subscription, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.StreamStoreCheckSeconds));
        try
        {
            return await subscription.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return StreamSignal.CheckStore;
        }
    }

    private async Task<long> SendNewAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await conversations.ReadAsync(conversationId, watermark, cancellationToken);
            if (page.Activities.Count == 0)
            {
                return watermark;
            }

            await SendAsync(socket, ActivitySetJson.Write(page.Activities, page.Watermark), cancellationToken);
            watermark = page.Watermark;
            if (page.Activities.Count < options.Value.MaxActivitiesPerSet)
            {
                return watermark;
            }
        }
    }

    private string TypingJson(string conversationId) => ActivityJson.Serialize(new Activity
    {
        Type = ActivityTypes.Typing,
        Id = conversationId + "|typing",
        ChannelId = options.Value.ChannelId,
        Timestamp = clock.GetUtcNow(),
        From = new ChannelAccount { Id = options.Value.BotId, Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = conversationId },
    });

    private static Task SendAsync(WebSocket socket, string json, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads until the client closes; any frame (the empty keep-alive included) is ignored.</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var frame = await socket.ReceiveAsync(buffer, closed.Token);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or JsonException)
        {
            // The client went away.
        }

        await closed.CancelAsync();
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status = WebSocketCloseStatus.NormalClosure, string? reason = null)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(status, reason, timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // Already gone.
            }
        }
    }
}
