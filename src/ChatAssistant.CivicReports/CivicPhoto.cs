namespace ChatAssistant.CivicReports;

/// <summary>A report's photo: stored with the report and deleted with it.</summary>
public sealed record CivicPhoto(string ContentType, byte[] Bytes);
