namespace ChatAssistant.Announcements.Neighbourhoods;

/// <summary>An area citizens subscribe to and a committee publishes to; <see cref="Places"/> and <see cref="Streets"/> only help find it by typing.</summary>
public sealed record Neighbourhood(string Id, string Name, IReadOnlyList<string> Places, IReadOnlyList<string> Streets);
