namespace ChatAssistant.Announcements.Api;

public sealed record CreatedAnnouncement(string Id, string Status);
