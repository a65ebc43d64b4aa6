namespace ChatAssistant.CivicReports;

/// <summary>
/// A citizen's report: what, where, and how to tell them about it. No name, no phone: the channel's ids are enough to
/// answer, and the description was redacted by the pipeline before the flow read it.
/// </summary>
public sealed class CivicReport
{
    public required string TenantId { get; init; }

    /// <summary>The ticket code the citizen is given (<see cref="Core.Codes.ShortCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>The citizen record's id (tenant:channel:user), so erasure finds every report of theirs.</summary>
    public required string CitizenId { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The citizen's id on the channel, the recipient of the status notices.</summary>
    public required string CitizenUserId { get; init; }

    public required string Language { get; init; }

    /// <summary>One of <see cref="CivicCategories.All"/>.</summary>
    public required string Category { get; init; }

    public required string Description { get; init; }

    /// <summary>A typed address, or empty when the citizen shared a location or said there is no place.</summary>
    public string Place { get; init; } = "";

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public bool HasPhoto { get; init; }

    public CivicReportStatus Status { get; set; } = CivicReportStatus.Received;

    /// <summary>The last note staff wrote to the citizen with a status change.</summary>
    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
