namespace ChatAssistant.Appointments.Desks;

/// <summary>One stretch of opening on a weekday, in the desk's local time ("09:00-12:30").</summary>
public sealed record OpeningPeriod(TimeOnly From, TimeOnly To);
