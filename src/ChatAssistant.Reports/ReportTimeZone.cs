namespace ChatAssistant.Reports;

public static class ReportTimeZone
{
    /// <summary>The reports' zone; an unknown id is refused at start (see <see cref="ReportsServiceCollectionExtensions"/>).</summary>
    public static TimeZoneInfo Of(ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    }

    public static bool IsKnown(string? id)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.FindSystemTimeZoneById(id) is not null;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
    }
}
