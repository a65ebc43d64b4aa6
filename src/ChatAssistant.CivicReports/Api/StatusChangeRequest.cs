namespace ChatAssistant.CivicReports.Api;

/// <summary>POST /api/civic-reports/{code}/status: the new status (received, sent-to-office, closed) and an optional note to the citizen.</summary>
public sealed record StatusChangeRequest(string? Status, string? Note);
