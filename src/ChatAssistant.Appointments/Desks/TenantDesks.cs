namespace ChatAssistant.Appointments.Desks;

/// <summary>
/// One tenant's appointment data, from knowledge-base/comuni/&lt;tenant&gt;/appuntamenti.yaml. <see cref="ExampleData"/>
/// is true while the hours are examples: the booking flow may use them, nothing else shows them as facts.
/// </summary>
public sealed record TenantDesks(
    string TenantId,
    TimeZoneInfo TimeZone,
    bool ExampleData,
    int? PatronMonth,
    int? PatronDay,
    ReminderSettings Reminders,
    IReadOnlyList<Closure> Closures,
    IReadOnlyList<BookableService> Services,
    IReadOnlyList<AppointmentDesk> Desks)
{
    /// <summary>The stored desks' version in use (0 while only the file's desks are known).</summary>
    public long DeskVersion { get; init; }

    public BookableService? Service(string id) => Services.FirstOrDefault(s => s.Id == id);

    public AppointmentDesk? Desk(string id) => Desks.FirstOrDefault(d => d.Id == id);

    public IEnumerable<AppointmentDesk> DesksFor(string serviceId) => Desks.Where(d => d.ServiceIds.Contains(serviceId));
}
