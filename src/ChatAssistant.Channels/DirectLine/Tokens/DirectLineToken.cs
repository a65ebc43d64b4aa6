namespace ChatAssistant.Channels.DirectLine.Tokens;

/// <summary>What a token grants: one conversation of one municipality, for one citizen, until <see cref="ExpiresAt"/>.</summary>
/// <param name="UserId">The citizen's channel id (the unsigned part of the citizen id), used as from.id.</param>
/// <param name="SessionEndsAt">
/// The absolute end, fixed when the first token of the conversation was issued: refreshing never goes past it. Null
/// for a site secret acting on a conversation (the secret itself is the credential).
/// </param>
public sealed record DirectLineToken(string TenantId, string ConversationId, string UserId, DateTimeOffset ExpiresAt, DateTimeOffset? SessionEndsAt = null);
