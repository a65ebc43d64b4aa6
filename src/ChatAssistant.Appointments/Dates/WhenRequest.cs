namespace ChatAssistant.Appointments.Dates;

/// <summary>
/// What a typed phrase asks for, resolved against today: a day (null when only a time was said), and either an exact
/// time or a stretch of the day (morning, afternoon).
/// </summary>
public sealed record WhenRequest(string Timex, DateOnly? Day, TimeOnly? Time, TimeOnly? From, TimeOnly? To)
{
    public bool Matches(TimeOnly start) =>
        (Time is null || start == Time) && (From is null || start >= From) && (To is null || start < To);
}
