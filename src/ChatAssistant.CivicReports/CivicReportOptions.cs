using System.ComponentModel.DataAnnotations;

namespace ChatAssistant.CivicReports;

/// <summary>The "ChatAssistant:CivicReports" section.</summary>
public sealed class CivicReportOptions
{
    public const string Section = "ChatAssistant:CivicReports";

    /// <summary>A photo larger than this is refused with a plain message. Default: 5 MB.</summary>
    [Range(10_000, 20_000_000)]
    public int MaxPhotoBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Longest description kept; a longer one is asked again, shorter. Default: 1,000 characters.</summary>
    [Range(50, 3000)]
    public int MaxDescriptionLength { get; set; } = 1000;

    /// <summary>Longest typed address. Default: 200 characters.</summary>
    [Range(20, 500)]
    public int MaxPlaceLength { get; set; } = 200;

    /// <summary>Closed reports (and their photos) are deleted this many days after closing. Default: 365.</summary>
    [Range(1, 3650)]
    public int ClosedRetentionDays { get; set; } = 365;

    /// <summary>Most reports one console page or API call lists. Default: 200.</summary>
    [Range(10, 2000)]
    public int ListLimit { get; set; } = 200;
}
