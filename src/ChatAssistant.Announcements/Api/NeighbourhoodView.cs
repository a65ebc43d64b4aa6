namespace ChatAssistant.Announcements.Api;

public sealed record NeighbourhoodView(string Id, string Name);
