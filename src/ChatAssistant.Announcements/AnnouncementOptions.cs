using System.ComponentModel.DataAnnotations;

namespace ChatAssistant.Announcements;

/// <summary>ChatAssistant:Announcements: approval per tenant, limits, and how often delivery and the reconciler look for work.</summary>
public sealed class AnnouncementOptions
{
    public const string Section = "ChatAssistant:Announcements";

    /// <summary>Tenants whose committees' announcements wait for a coordinator's approval before they go.</summary>
    public List<string> ApprovalTenants { get; set; } = [];

    /// <summary>An image larger than this is refused (Telegram takes photos up to 10 MB; the issue asks 5 MB).</summary>
    [Range(1, 10 * 1024 * 1024)]
    public int MaxImageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Recipients handed to the outbox per pass of the delivery worker.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the delivery worker looks for announcements to deliver when nobody signals it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often scheduled announcements are handed to Hangfire again (its in-memory storage forgets on restart).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the host is reachable from the Internet (e.g. https://chat.comune.example.it): an image's link in Telegram uses it. Empty: images show in the console and web chat only.</summary>
    public string? PublicBaseUrl { get; set; }

    public bool NeedsApproval(string tenantId) => ApprovalTenants.Contains(tenantId, StringComparer.Ordinal);
}
