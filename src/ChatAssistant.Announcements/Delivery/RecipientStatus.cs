namespace ChatAssistant.Announcements.Delivery;

public enum RecipientStatus
{
    /// <summary>Listed, not yet handed to the channel.</summary>
    Pending = 0,
    /// <summary>In the Telegram outbox (its id: <see cref="Recipient.OutboxId"/>).</summary>
    Queued = 1,
    Sent = 2,
    Failed = 3,
    /// <summary>The citizen blocked the bot (Telegram 403): unsubscribed.</summary>
    Unreachable = 4,
    /// <summary>Sent, then deleted from the chat.</summary>
    Retracted = 5,
}
