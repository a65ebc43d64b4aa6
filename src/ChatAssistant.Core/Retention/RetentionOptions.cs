namespace ChatAssistant.Core.Retention;

/// <summary>
/// The "ChatAssistant:Retention" section: how long each kind of data is kept before the daily purge deletes it.
/// The privacy texts (dialogs/strings) state the same periods to citizens: change both together.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "ChatAssistant:Retention";

    /// <summary>Conversations' messages (the citizen's and the bot's), counted from when they were written. Default: 90 days.</summary>
    public int TranscriptDays { get; set; } = 90;

    /// <summary>Outbox messages already sent or given up (kept only so a restart sends nothing twice). Default: 7 days.</summary>
    public int SentOutboxDays { get; set; } = 7;

    /// <summary>Closed handoff tickets (the messages copied into them, the volunteer's note, the survey comment), counted from their closing. Default: 90 days.</summary>
    public int ClosedTicketDays { get; set; } = 90;

    /// <summary>
    /// The reports' anonymous usage counters (per day), counted from their day. Default: 730 days, so a coordinator
    /// can compare a month with the same month of the year before.
    /// </summary>
    public int UsageEventDays { get; set; } = 730;

    /// <summary>When the purge runs, as a cron expression in UTC. Default: every day at 03:17.</summary>
    public string PurgeCron { get; set; } = "17 3 * * *";
}
