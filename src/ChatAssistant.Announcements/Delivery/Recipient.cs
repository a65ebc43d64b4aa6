using System.Globalization;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>
/// One citizen's copy of one announcement: the record delivery resumes from after a crash. Its status only moves forward
/// by conditional updates, so two hosts or a repeated pass never count or send a copy twice.
/// </summary>
public sealed record Recipient
{
    public required string AnnouncementId { get; init; }
    public required string CitizenId { get; init; }
    public required string ChannelId { get; init; }
    public required string ChatId { get; init; }
    public string Language { get; init; } = "it";
    public RecipientStatus Status { get; init; }
    /// <summary>The ids Telegram gave the sent messages: what a retraction deletes.</summary>
    public IReadOnlyList<long> MessageIds { get; init; } = [];
    public string? Error { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The outbox id of this copy: the idempotency key that keeps a repeated hand-over from sending twice.</summary>
    public string OutboxId => OutboxIdOf(AnnouncementId, CitizenId);

    public const string OutboxPrefix = "announcement:";

    public static string OutboxIdOf(string announcementId, string citizenId) =>
        string.Create(CultureInfo.InvariantCulture, $"{OutboxPrefix}{announcementId}:{citizenId}");

    /// <summary>The announcement and citizen an outbox id names, or null for another message.</summary>
    public static (string AnnouncementId, string CitizenId)? ParseOutboxId(string outboxId)
    {
        if (!outboxId.StartsWith(OutboxPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = outboxId[OutboxPrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : (rest[..colon], rest[(colon + 1)..]);
    }
}
