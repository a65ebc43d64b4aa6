namespace ChatAssistant.Core.Outbox;

/// <summary>
/// One message waiting to leave through a rate-limited channel. Stored, so a crash loses nothing;
/// <see cref="Id"/> is the idempotency key, so a restart sends nothing twice.
/// </summary>
public sealed class OutboxMessage
{
    public required string Id { get; init; }
    /// <summary>Which bot sends it (one rate limiter per bot): the tenant id for Telegram.</summary>
    public required string BotId { get; init; }
    public required string ChannelId { get; init; }
    public required string ChatId { get; init; }
    public OutboxPriority Priority { get; init; }
    /// <summary>The activity to send, as Bot Framework JSON.</summary>
    public required string ActivityJson { get; init; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Not to be sent before this instant (retry_after, backoff).</summary>
    public DateTimeOffset NotBefore { get; set; }
    public string? LastError { get; set; }
    /// <summary>
    /// For a message the channel sends in several parts (a long Telegram reply): how many parts already left, so a retry
    /// resumes from the part that failed instead of sending the earlier ones again.
    /// </summary>
    public int SentParts { get; set; }
    /// <summary>Ordering within a chat: messages of one chat leave in this order.</summary>
    public long Sequence { get; set; }
}

/// <summary>Lower value leaves first.</summary>
public enum OutboxPriority
{
    Reply = 0,
    Reminder = 1,
    Announcement = 2,
}

public enum OutboxStatus
{
    Pending,
    /// <summary>Taken by a sender; returns to pending if the sender dies (lease).</summary>
    Sending,
    Sent,
    /// <summary>Will never be sent (the citizen blocked the bot, or too many failures).</summary>
    Failed,
}
