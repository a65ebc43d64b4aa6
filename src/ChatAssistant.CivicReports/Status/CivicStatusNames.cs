namespace ChatAssistant.CivicReports.Status;

/// <summary>The statuses as the API and the console's forms write them.</summary>
public static class CivicStatusNames
{
    public const string Received = "received";
    public const string SentToOffice = "sent-to-office";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Received, SentToOffice, Closed];

    public static string Of(CivicReportStatus status) => status switch
    {
        CivicReportStatus.Received => Received,
        CivicReportStatus.SentToOffice => SentToOffice,
        CivicReportStatus.Closed => Closed,
    };

    public static CivicReportStatus? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        Received => CivicReportStatus.Received,
        SentToOffice or "sent" or "senttooffice" or "sent_to_office" => CivicReportStatus.SentToOffice,
        Closed => CivicReportStatus.Closed,
        _ => null,
    };

    /// <summary>The bot text key naming the status for the citizen.</summary>
    public static string TextKey(CivicReportStatus status) => "civic.status." + Of(status);
}
