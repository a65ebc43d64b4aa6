namespace ChatAssistant.Appointments.Desks;

/// <summary>
/// What coordinators edit in the console: a tenant's desks (name, address, weekly hours, own closures, services
/// offered) and the closures of every desk. Kept in the store once seeded from appuntamenti.yaml; <see cref="Version"/>
/// makes a save conditional, so of two coordinators saving at once one wins and the other is asked to reload.
/// </summary>
public sealed record DeskSet(
    string TenantId,
    long Version,
    IReadOnlyList<AppointmentDesk> Desks,
    IReadOnlyList<Closure> Closures,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy)
{
    public static DeskSet SeedOf(TenantDesks tenant, DateTimeOffset now) => new(tenant.TenantId, 1, tenant.Desks, tenant.Closures, now, null);
}
