using ChatAssistant.Reports.Export;

namespace ChatAssistant.Reports.Tests.Summary;

public sealed class CsvExportTests
{
    [Theory]
    [InlineData("spid-ottenere", "spid-ottenere")]
    [InlineData("come pago, la tari", "\"come pago, la tari\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-12", "-12")]
    public void Cell_TextThatASpreadsheetWouldRun_IsQuotedOrDefused(string value, string cell) =>
        Assert.Equal(cell, CsvExport.Cell(value));
}
