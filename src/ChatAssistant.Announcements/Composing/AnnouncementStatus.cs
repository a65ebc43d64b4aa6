namespace ChatAssistant.Announcements.Composing;

public enum AnnouncementStatus
{
    /// <summary>Waits for a coordinator (the tenant asks for approval).</summary>
    PendingApproval = 0,
    /// <summary>Goes at <see cref="Announcement.SendAt"/>; can still be edited or cancelled.</summary>
    Scheduled = 1,
    /// <summary>Being delivered by the holder of the delivery lease.</summary>
    Sending = 2,
    /// <summary>Every recipient has a final status.</summary>
    Sent = 3,
    Cancelled = 4,
    /// <summary>Sent, then deleted from the chats where Telegram allowed it.</summary>
    Retracted = 5,
}
