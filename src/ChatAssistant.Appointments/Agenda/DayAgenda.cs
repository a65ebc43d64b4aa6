using ChatAssistant.Appointments.Api;
using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;

namespace ChatAssistant.Appointments.Agenda;

/// <summary>One day's appointments at some desks of a tenant, in local time, soonest first: what the API and the console's agenda show.</summary>
public sealed class DayAgenda(IAppointmentStore store, TimeProvider clock)
{
    public DateOnly Today(TenantDesks tenant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), tenant.TimeZone).DateTime);

    public async Task<IReadOnlyList<AppointmentView>> ListAsync(TenantDesks tenant, IEnumerable<AppointmentDesk> desks, DateOnly day, string language, CancellationToken cancellationToken = default)
    {
        var from = Instant(tenant, day);
        var to = Instant(tenant, day.AddDays(1));
        var views = new List<AppointmentView>();
        foreach (var desk in desks)
        {
            foreach (var b in await store.ListByDeskAsync(tenant.TenantId, desk.Id, from, to, cancellationToken))
            {
                views.Add(new AppointmentView(b.Code, b.DeskId, b.ServiceId, tenant.Service(b.ServiceId)?.NameIn(language) ?? b.ServiceId,
                    TimeZoneInfo.ConvertTime(b.Start, tenant.TimeZone).DateTime, TimeZoneInfo.ConvertTime(b.End, tenant.TimeZone).DateTime, b.Name, b.Phone, b.Status));
            }
        }

        return views.OrderBy(v => v.Start).ThenBy(v => v.Name, StringComparer.CurrentCulture).ToList();
    }

    private static DateTimeOffset Instant(TenantDesks tenant, DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, tenant.TimeZone.GetUtcOffset(midnight));
    }
}
