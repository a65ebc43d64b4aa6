namespace ChatAssistant.CivicReports;

/// <summary>A report only moves forward: received → sent to the office → closed (received → closed is allowed too).</summary>
public enum CivicReportStatus
{
    Received = 0,
    SentToOffice = 1,
    Closed = 2,
}
