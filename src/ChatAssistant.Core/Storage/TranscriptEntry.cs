namespace ChatAssistant.Core.Storage;

/// <summary>
/// One activity of a conversation as stored: already redacted. <see cref="Sequence"/> grows by one per
/// conversation and is the Direct Line watermark.
/// </summary>
public sealed record TranscriptEntry(string ConversationKey, long Sequence, string ActivityId, string ActivityJson, DateTimeOffset Timestamp);
