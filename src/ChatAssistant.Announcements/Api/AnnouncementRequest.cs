namespace ChatAssistant.Announcements.Api;

/// <summary>POST /api/announcements: <c>image</c> is optional, as base64.</summary>
public sealed record AnnouncementRequest(IReadOnlyList<string>? Neighbourhoods, string? Title, string? Text, string? Link, DateTimeOffset? SendAt, string? Image);
