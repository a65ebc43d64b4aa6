namespace ChatAssistant.Core.Leases;

/// <summary>The "ChatAssistant:Leases" section: work that runs on one host at a time (a Telegram bot's polling and sending).</summary>
public sealed class LeaseOptions
{
    public const string Section = "ChatAssistant:Leases";

    /// <summary>How long a lease lasts without renewal: a host that dies is replaced within about this long. Renewed every third of it.</summary>
    public int DurationSeconds { get; set; } = 15;

    /// <summary>This host's name in the leases it holds (logs, the database); empty: machine name, process id and a random suffix.</summary>
    public string HostName { get; set; } = "";
}
