namespace ChatAssistant.Handoff.Relay;

/// <summary>Something a volunteer's console should show now (the console's hub forwards these to the tenant's pages).</summary>
/// <param name="Kind">One of <see cref="HandoffEventKinds"/>.</param>
/// <param name="Sequence">For a citizen's message, its transcript sequence (to fetch what came before, if missed).</param>
public sealed record HandoffEvent(string Kind, string TenantId, string TicketId, DateTimeOffset At, string? Text = null, string? VolunteerId = null, long? Sequence = null);

public static class HandoffEventKinds
{
    /// <summary>The first event of a stream: tells the client it is connected (and sends the response headers at once).</summary>
    public const string Connected = "connected";
    public const string Queued = "queued";
    public const string CitizenMessage = "citizen-message";
    public const string Claimed = "claimed";
    public const string Transferred = "transferred";
    public const string Released = "released";
    public const string Closed = "closed";
    public const string CitizenLeft = "citizen-left";

    /// <summary>A volunteer opened their first console page (on any host): waiting tickets may go to them now.</summary>
    public const string VolunteerOnline = "volunteer-online";
}
