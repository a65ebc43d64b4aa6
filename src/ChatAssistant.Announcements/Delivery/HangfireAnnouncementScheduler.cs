using ChatAssistant.Announcements.Composing;
using Hangfire;

namespace ChatAssistant.Announcements.Delivery;

/// <summary>Hangfire schedules the job by the announcement's id only: the record in our store is the truth.</summary>
public sealed class HangfireAnnouncementScheduler(IBackgroundJobClient jobs, TimeProvider clock) : IAnnouncementScheduler
{
    public void Schedule(Announcement announcement)
    {
        var delay = announcement.SendAt - clock.GetUtcNow();
        jobs.Schedule<AnnouncementJob>(job => job.RunAsync(announcement.TenantId, announcement.Id, CancellationToken.None), delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
    }
}
