namespace ChatAssistant.Core.Citizens;

/// <summary>
/// The minimum we keep about a person: who they are on a channel, their language, whether we can reach them.
/// No name, no phone number unless a flow needs one and the citizen gave it.
/// </summary>
public sealed class Citizen
{
    /// <summary>tenant:channel:channelUserId — stable for one person on one channel.</summary>
    public required string Id { get; init; }
    public required string TenantId { get; init; }
    public required string ChannelId { get; init; }
    public required string ChannelUserId { get; init; }
    public string? Language { get; set; }
    /// <summary>False once the citizen blocked the bot (Telegram 403).</summary>
    public bool Reachable { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }

    public static string IdFor(string tenantId, string channelId, string channelUserId) => $"{tenantId}:{channelId}:{channelUserId}";
}
