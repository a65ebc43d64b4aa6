using System.Text;
using ChatAssistant.Reports.Summary;

namespace ChatAssistant.Reports.Export;

/// <summary>
/// The summary as CSV (RFC 4180, comma, UTF-8): one "section,key,value" row per figure, for scripts and spreadsheets.
/// A cell that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string Write(ReportSummary summary)
    {
        var csv = new StringBuilder("section,key,value\r\n");
        foreach (var (section, key, value) in ReportRows.Of(summary))
        {
            csv.Append(Cell(section)).Append(',').Append(Cell(key)).Append(',').Append(Cell(value)).Append("\r\n");
        }

        return csv.ToString();
    }

    internal static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' || (value.Length > 1 && value[0] == '-' && !char.IsAsciiDigit(value[1])))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
