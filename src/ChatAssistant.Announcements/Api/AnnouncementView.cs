namespace ChatAssistant.Announcements.Api;

/// <summary>GET /api/announcements/{id}: its state and delivery counts.</summary>
public sealed record AnnouncementView(string Id, string Status, IReadOnlyList<string> Neighbourhoods, string Title, DateTimeOffset SendAt,
    int Total, int Sent, int Failed, int Unreachable, int Retracted);
