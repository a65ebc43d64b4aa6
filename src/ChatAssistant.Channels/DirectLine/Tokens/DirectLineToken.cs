namespace ChatAssistant.Channels.DirectLine.Tokens;

/// <summary>What a token grants: one conversation of one municipality, for one citizen, until <see cref="ExpiresAt"/>.</summary>
/// <param name="UserId">The citizen's channel id (the unsigned part of the citizen id), used as from.id.</param>
public sealed record DirectLineToken(string TenantId, string ConversationId, string UserId, DateTimeOffset ExpiresAt);
