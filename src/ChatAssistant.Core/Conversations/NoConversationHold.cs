namespace ChatAssistant.Core.Conversations;

/// <summary>The hold of a deployment without the handoff: no person ever holds a chat.</summary>
public sealed class NoConversationHold : IConversationHold
{
    public Task<bool> IsHeldByPersonAsync(string conversationKey, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
