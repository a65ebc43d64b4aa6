using ChatAssistant.Core.Outbox;

namespace ChatAssistant.Core.Proactive;

/// <summary>A message the service sends first; <see cref="MessageId"/> is stable per event so a retry sends it once.</summary>
public sealed record ProactiveMessage(
    string MessageId,
    string TenantId,
    string ChannelId,
    string ConversationId,
    string CitizenUserId,
    string Language,
    string Text,
    OutboxPriority Priority = OutboxPriority.Reply);
