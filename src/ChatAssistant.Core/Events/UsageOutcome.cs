namespace ChatAssistant.Core.Events;

/// <summary>How the bot did on one turn.</summary>
public enum UsageOutcome
{
    /// <summary>The bot answered (an answer, a flow step, a menu).</summary>
    Answered,

    /// <summary>The turn went to a volunteer: a ticket opened, or the chat is held by a person.</summary>
    Escalated,

    /// <summary>The recognizer found nothing and offered nothing.</summary>
    NotUnderstood,
}
