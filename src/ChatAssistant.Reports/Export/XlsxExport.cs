using ChatAssistant.Reports.Summary;
using ClosedXML.Excel;

namespace ChatAssistant.Reports.Export;

/// <summary>
/// The summary as an Excel workbook (ClosedXML): a sheet per section ("summary", "topic", "day", ...), each with the
/// columns key and value, numbers as numbers. Text goes in as text, never as a formula.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ReportSummary summary)
    {
        using var workbook = new XLWorkbook();
        foreach (var section in ReportRows.Of(summary).GroupBy(r => r.Section))
        {
            var sheet = workbook.Worksheets.Add(section.Key);
            sheet.Cell(1, 1).SetValue("key");
            sheet.Cell(1, 2).SetValue("value");
            sheet.Row(1).Style.Font.Bold = true;
            var row = 2;
            foreach (var (_, key, value) in section)
            {
                sheet.Cell(row, 1).SetValue(key);
                if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    sheet.Cell(row, 2).SetValue(number);
                }
                else
                {
                    sheet.Cell(row, 2).SetValue(value);
                }

                row++;
            }

            sheet.Column(1).Width = section.Key == "not_understood" ? 80 : 30;
            sheet.Column(2).Width = 14;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
