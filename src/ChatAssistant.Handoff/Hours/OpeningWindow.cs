namespace ChatAssistant.Handoff.Hours;

/// <summary>One stretch of a weekday when volunteers answer, in the municipality's local time.</summary>
public sealed record OpeningWindow(DayOfWeek Day, TimeOnly From, TimeOnly To);
