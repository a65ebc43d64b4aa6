using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;

namespace ChatAssistant.Announcements.Tests.Support;

/// <summary>Stands in for Hangfire: records what would be scheduled; the test runs the job when the fake clock says so.</summary>
internal sealed class RecordingScheduler : IAnnouncementScheduler
{
    public List<Announcement> Scheduled { get; } = [];

    public void Schedule(Announcement announcement) => Scheduled.Add(announcement);
}
