namespace ChatAssistant.Core.Pipeline;

public sealed class PipelineOptions
{
    public const string Section = "ChatAssistant:Pipeline";

    /// <summary>Longer messages are refused politely.</summary>
    public int MaxTextLength { get; set; } = 4000;

    /// <summary>More than this many messages from one conversation within <see cref="FloodWindowSeconds"/> is a flood.</summary>
    public int FloodMaxMessages { get; set; } = 20;

    public int FloodWindowSeconds { get; set; } = 10;

    /// <summary>Channels whose replies leave through the durable outbox (rate-limited) instead of being read from the transcript.</summary>
    public List<string> OutboxChannels { get; set; } = [];

    /// <summary>How many of a conversation's latest message ids are remembered to recognise a redelivery.</summary>
    public int RememberedMessageIds { get; set; } = 100;

    /// <summary>
    /// Event names the bot handles; any other event is neither stored nor answered. Default: none (the bot answers
    /// messages and the conversation's opening).
    /// </summary>
    public List<string> KnownEvents { get; set; } = [];

    /// <summary>
    /// Most activities (the citizen's and the bot's) one conversation may store in a day; past it, nothing more is stored
    /// or answered that day. With the transcripts' retention this bounds what one conversation can hold.
    /// </summary>
    public int MaxStoredPerConversationPerDay { get; set; } = 1000;

    /// <summary>How many times a turn is re-run when its state was changed by someone else meanwhile.</summary>
    public int StaleRetries { get; set; } = 2;
}
