namespace ChatAssistant.Handoff.Hours;

/// <summary>How waiting tickets reach volunteers in one tenant.</summary>
public enum AssignmentMode
{
    /// <summary>Volunteers claim tickets from the queue.</summary>
    Manual,
    /// <summary>The least busy online volunteer gets the next ticket.</summary>
    Auto,
}
