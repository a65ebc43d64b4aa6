namespace ChatAssistant.Reports.Storage;

/// <summary>A counter summed over a period (<see cref="Day"/> null) or, for <see cref="Events.Dimensions.PerDay"/>, over one day.</summary>
public sealed record UsageTotal(string Dimension, string Key, long Count, DateOnly? Day = null);
