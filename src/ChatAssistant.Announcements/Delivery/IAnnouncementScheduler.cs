using ChatAssistant.Announcements.Composing;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>Asks for a scheduled announcement's job at its time. Scheduling twice is harmless: the job starts it with a conditional update.</summary>
public interface IAnnouncementScheduler
{
    void Schedule(Announcement announcement);
}
