namespace ChatAssistant.Announcements.Composing;

/// <summary>One announcement of a committee to the subscribers of one or more neighbourhoods of its tenant.</summary>
public sealed record Announcement
{
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required IReadOnlyList<string> NeighbourhoodIds { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public string? Link { get; init; }
    /// <summary>An image (PNG, JPEG, GIF or WebP, at most 5 MB), checked by its first bytes.</summary>
    public byte[]? Image { get; init; }
    public string? ImageType { get; init; }
    public required AnnouncementStatus Status { get; init; }
    /// <summary>When it goes (or went): the creation time for "send now".</summary>
    public required DateTimeOffset SendAt { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    public static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
