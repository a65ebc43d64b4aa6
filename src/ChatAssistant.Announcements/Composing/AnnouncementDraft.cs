namespace ChatAssistant.Announcements.Composing;

/// <summary>What the compose page and POST /api/announcements give. Null <see cref="SendAt"/>: now.</summary>
public sealed record AnnouncementDraft(
    IReadOnlyList<string> Neighbourhoods,
    string? Title,
    string? Text,
    string? Link = null,
    DateTimeOffset? SendAt = null,
    byte[]? Image = null);
