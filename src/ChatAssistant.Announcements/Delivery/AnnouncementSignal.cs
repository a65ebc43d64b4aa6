namespace ChatAssistant.Announcements.Delivery;

/// <summary>Something changed in an announcement (new, started, a copy sent): consoles refresh its counts, the worker looks for work.</summary>
public sealed record AnnouncementSignal(string TenantId, string AnnouncementId);
