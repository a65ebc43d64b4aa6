using System.Text.Json;

namespace ChatAssistant.CivicReports.Storage;

/// <summary>The report as the engines keep it beside their queried columns: one format for both.</summary>
public static class CivicReportJson
{
    public static string Serialize(CivicReport report) => JsonSerializer.Serialize(report);

    public static CivicReport Deserialize(string json) =>
        JsonSerializer.Deserialize<CivicReport>(json) ?? throw new InvalidDataException("A stored civic report is empty.");
}
