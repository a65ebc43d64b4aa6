using ChatAssistant.CivicReports.Status;

namespace ChatAssistant.CivicReports.Api;

/// <summary>A report as staff and integrations see it: no ids of the citizen, only what the office needs.</summary>
public sealed record CivicReportView(
    string Code,
    string Category,
    string Description,
    string Place,
    double? Latitude,
    double? Longitude,
    bool HasPhoto,
    string Status,
    string? Note,
    string Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt)
{
    public static CivicReportView Of(CivicReport r) => new(r.Code, r.Category, r.Description, r.Place, r.Latitude, r.Longitude, r.HasPhoto,
        CivicStatusNames.Of(r.Status), r.Note, r.ChannelId, r.CreatedAt, r.UpdatedAt, r.ClosedAt);
}
