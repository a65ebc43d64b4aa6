namespace ChatAssistant.Handoff.Canned;

/// <summary>
/// A ready answer volunteers of one tenant pick instead of typing. Placeholders: {nome} (the citizen's name),
/// {orari} (the volunteers' chat hours), {comune} (the municipality).
/// </summary>
public sealed record CannedReply(string TenantId, string Id, string Title, string Text);
