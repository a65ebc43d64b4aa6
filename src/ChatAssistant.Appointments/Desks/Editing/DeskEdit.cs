namespace ChatAssistant.Appointments.Desks.Editing;

/// <summary>
/// A desk as a coordinator's form sends it: hours per weekday as text ("09:00-12:30, 14:00-17:00", empty: closed),
/// the services offered by id. <see cref="Id"/> empty adds a new desk.
/// </summary>
public sealed record DeskEdit(string? Id, string Name, string Address, IReadOnlyDictionary<DayOfWeek, string> Hours, IReadOnlyList<string> ServiceIds);
