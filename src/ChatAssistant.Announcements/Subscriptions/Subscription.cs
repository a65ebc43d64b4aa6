namespace ChatAssistant.Announcements.Subscriptions;

/// <summary>
/// A citizen's consent to receive one neighbourhood's announcements, with the instant it was given. The chat is where
/// they go (Telegram chat id or web chat conversation); erased with the citizen's data.
/// </summary>
public sealed record Subscription
{
    public required string TenantId { get; init; }
    public required string CitizenId { get; init; }
    public required string NeighbourhoodId { get; init; }
    public required string ChannelId { get; init; }
    public required string ChatId { get; init; }
    public string Language { get; init; } = "it";
    public required DateTimeOffset ConsentAt { get; init; }
}
