namespace ChatAssistant.Reports.Events;

/// <summary>An amount to add to one counter of one municipality's day.</summary>
public sealed record UsageCounter(string TenantId, DateOnly Day, string Dimension, string Key, long Count);
