using ChatAssistant.Appointments.Desks;

namespace ChatAssistant.Appointments.Storage;

/// <summary>
/// The desks, hours and closures of each tenant once coordinators may edit them: the store is the truth, the
/// appuntamenti.yaml files only seed it (a tenant's first start). Both engines run one contract suite.
/// </summary>
public interface IDeskStore
{
    Task<IReadOnlyList<DeskSet>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="seed"/> unless the tenant already has desks; true if it was stored. Two hosts seeding at once store it once.</summary>
    Task<bool> SeedAsync(DeskSet seed, CancellationToken cancellationToken = default);

    /// <summary>Replaces the tenant's desks if the stored version is still <c>desks.Version - 1</c>; false if another save came first.</summary>
    Task<bool> TrySaveAsync(DeskSet desks, CancellationToken cancellationToken = default);
}
