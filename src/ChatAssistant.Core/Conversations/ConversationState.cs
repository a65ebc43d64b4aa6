namespace ChatAssistant.Core.Conversations;

/// <summary>
/// Everything the bot remembers about one conversation between turns. Saved after every turn;
/// <see cref="Version"/> makes a stale save (another host, a lost race) fail instead of overwriting.
/// </summary>
public sealed class ConversationState
{
    /// <summary>channelId:conversationId, see <see cref="Activities.ConversationKey"/>.</summary>
    public required string Key { get; init; }
    public required string TenantId { get; set; }
    public required string ChannelId { get; init; }
    /// <summary>The citizen this conversation belongs to, see <see cref="Citizens.Citizen"/>.</summary>
    public string? CitizenId { get; set; }
    /// <summary>"it" or "en". Null until chosen or detected.</summary>
    public string? Language { get; set; }
    /// <summary>True once the citizen chose a language explicitly; detection no longer overrides it.</summary>
    public bool LanguageChosen { get; set; }
    public DialogState Dialog { get; set; } = new();
    /// <summary>Values kept across flows (e.g. neighbourhood, last topic).</summary>
    public Dictionary<string, string> Memory { get; set; } = [];
    public bool InHandoff { get; set; }
    /// <summary>A group chat: <see cref="CitizenId"/> is only whoever spoke last, so erasure works from <see cref="Participants"/>.</summary>
    public bool IsGroup { get; set; }
    /// <summary>In a group chat, the citizens who wrote in it (at most 1,000, latest last): erasing one finds their messages here.</summary>
    public List<string> Participants { get; set; } = [];
    /// <summary>
    /// The channel's ids of the latest messages of this conversation (e.g. Telegram update_id), oldest first, so a
    /// redelivered message is recognised. Kept with the state because redeliveries come soon after the original, and
    /// a turn reads and writes the state anyway: no extra lookup, no extra write, nothing to prune.
    /// </summary>
    public List<string> RecentMessageIds { get; set; } = [];
    /// <summary>The UTC day (yyyy-MM-dd) <see cref="StoredThatDay"/> counts for: the conversation's daily storage budget.</summary>
    public string? StoredDay { get; set; }
    /// <summary>Activities stored on <see cref="StoredDay"/>.</summary>
    public int StoredThatDay { get; set; }
    /// <summary>0 for a conversation never saved; the store increments it on each save.</summary>
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The dialog stack: the innermost running flow is last.</summary>
public sealed class DialogState
{
    public List<DialogFrame> Stack { get; set; } = [];

    public bool IsActive => Stack.Count > 0;
}

public sealed class DialogFrame
{
    public required string FlowId { get; set; }
    public required string StepId { get; set; }
    /// <summary>How many invalid answers the current prompt has received.</summary>
    public int Retries { get; set; }
    /// <summary>True while the step waits for the citizen's answer.</summary>
    public bool Waiting { get; set; }
    public Dictionary<string, string> Values { get; set; } = [];
}
