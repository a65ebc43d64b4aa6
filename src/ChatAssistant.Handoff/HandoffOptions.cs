namespace ChatAssistant.Handoff;

/// <summary>The "ChatAssistant:Handoff" section; each municipality's hours and assignment are in its handoff.yaml.</summary>
public sealed class HandoffOptions
{
    public const string Section = "ChatAssistant:Handoff";

    /// <summary>Chats one volunteer holds at once.</summary>
    public int VolunteerCapacity { get; set; } = 3;

    /// <summary>Minutes a citizen waits before the apology, for a municipality whose handoff.yaml sets none.</summary>
    public int DefaultClaimTimeoutMinutes { get; set; } = 10;

    /// <summary>Minutes one chat takes, for the wait estimate until there are closed chats to measure.</summary>
    public int DefaultHandlingMinutes { get; set; } = 8;

    /// <summary>How often the queue is checked for apologies, position updates, openings and auto-assignment.</summary>
    public int MonitorIntervalSeconds { get; set; } = 5;

    /// <summary>The citizen is told their place again when it moved by at least this many.</summary>
    public int TellPositionChange { get; set; } = 3;

    /// <summary>... or when the estimated wait changed by at least this many minutes.</summary>
    public int TellWaitChangeMinutes { get; set; } = 5;

    /// <summary>Messages before the escalation copied into the ticket.</summary>
    public int RecentMessages { get; set; } = 20;

    /// <summary>Longest message a volunteer may send (the citizen's own limit is ChatAssistant:Pipeline:MaxTextLength).</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>How often each host renews the presence of the volunteers connected to it, in the store.</summary>
    public int PresenceHeartbeatSeconds { get; set; } = 10;

    /// <summary>A volunteer whose host stopped renewing (it died) counts as offline this long after the last renewal.</summary>
    public int PresenceExpirySeconds { get; set; } = 30;
}
