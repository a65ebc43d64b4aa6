namespace ChatAssistant.Handoff.Escalation;

/// <summary>What a conversation's state remembers of its handoff (ConversationState.Memory keys).</summary>
public static class HandoffMemory
{
    /// <summary>The open (or just closed, survey pending) ticket's id; InHandoff is true while it is set.</summary>
    public const string Ticket = "handoff.ticket";

    /// <summary>The citizen's next message is the message they leave: "new" opens a ticket for the next opening, "ticket" adds it to theirs.</summary>
    public const string Leaving = "handoff.leaving";

    /// <summary>The citizen rated the chat; their next message may be a comment on the ticket named here.</summary>
    public const string Comment = "handoff.comment";

    /// <summary>Set once the waiting citizen was told their words are kept for the volunteer.</summary>
    public const string Noted = "handoff.noted";

    /// <summary>The topic of the last answer (kb.answer keeps it as "last_topic"), copied into the ticket.</summary>
    public const string LastTopic = "last_topic";

    public const string LeavingNew = "new";
    public const string LeavingOnTicket = "ticket";
}
