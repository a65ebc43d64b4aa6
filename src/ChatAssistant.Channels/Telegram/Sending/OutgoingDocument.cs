namespace ChatAssistant.Channels.Telegram.Sending;

/// <summary>
/// A file the bot sends with sendDocument (the booking's .ics calendar entry). Its bytes come from the stored activity,
/// so a retry from the outbox sends the same file.
/// </summary>
public sealed record OutgoingDocument(string FileName, string ContentType, byte[] Content);
