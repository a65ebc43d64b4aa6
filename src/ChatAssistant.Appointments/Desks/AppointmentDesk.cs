namespace ChatAssistant.Appointments.Desks;

/// <summary>A facilitation desk that takes appointments: weekly hours, its own closures, the services booked there.</summary>
public sealed record AppointmentDesk(
    string Id,
    string Name,
    string Address,
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningPeriod>> Hours,
    IReadOnlyList<Closure> Closures,
    IReadOnlyList<string> ServiceIds)
{
    public IReadOnlyList<OpeningPeriod> HoursOn(DayOfWeek day) => Hours.TryGetValue(day, out var periods) ? periods : [];
}
