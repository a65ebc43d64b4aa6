namespace ChatAssistant.Appointments.Dates;

/// <summary>Parts of the day as TIMEX names them, with the desk hours each covers.</summary>
public static class DayPart
{
    public const string Morning = "MO";
    public const string Afternoon = "AF";
    public const string Evening = "EV";

    public static (TimeOnly From, TimeOnly To)? Range(string? part) => part switch
    {
        Morning => (new TimeOnly(6, 0), new TimeOnly(12, 0)),
        Afternoon => (new TimeOnly(12, 0), new TimeOnly(16, 0)),
        Evening => (new TimeOnly(16, 0), new TimeOnly(21, 0)),
        _ => null,
    };
}
