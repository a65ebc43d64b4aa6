namespace ChatAssistant.Appointments.Desks;

/// <summary>
/// Every tenant's appointment data. Read first from knowledge-base/comuni/*/appuntamenti.yaml (a tenant without the file
/// takes no appointments); then <see cref="DeskSync"/> lays the stored desks, hours and closures over it, which is what
/// slots and bookings read. Swapped whole, so a reader never sees half an edit.
/// </summary>
public sealed class DeskCatalog
{
    private readonly Lock _applying = new();
    private Dictionary<string, TenantDesks> _tenants;

    public DeskCatalog(IEnumerable<TenantDesks> tenants) => _tenants = tenants.ToDictionary(t => t.TenantId, StringComparer.Ordinal);

    public IReadOnlyCollection<TenantDesks> All => Volatile.Read(ref _tenants).Values;

    public TenantDesks? Find(string tenantId) => Volatile.Read(ref _tenants).GetValueOrDefault(tenantId);

    /// <summary>The version of the stored desks now in use for the tenant (0: the file's, not yet stored).</summary>
    public long VersionOf(string tenantId) => Find(tenantId)?.DeskVersion ?? 0;

    /// <summary>Lays stored desks over the tenant's file data; an older version than the one in use is ignored.</summary>
    public void Apply(DeskSet desks)
    {
        lock (_applying)
        {
            var current = Volatile.Read(ref _tenants);
            if (current.GetValueOrDefault(desks.TenantId) is not { } tenant || tenant.DeskVersion > desks.Version)
            {
                return;
            }

            var next = new Dictionary<string, TenantDesks>(current, StringComparer.Ordinal)
            {
                [desks.TenantId] = tenant with { Desks = desks.Desks, Closures = desks.Closures, DeskVersion = desks.Version },
            };
            Volatile.Write(ref _tenants, next);
        }
    }

    public static DeskCatalog Load(string knowledgeBasePath)
    {
        var comuni = Path.Combine(knowledgeBasePath, "comuni");
        var tenants = Directory.Exists(comuni)
            ? Directory.GetDirectories(comuni)
                .Select(dir => (Id: Path.GetFileName(dir), File: Path.Combine(dir, DeskFileReader.FileName)))
                .Where(t => File.Exists(t.File))
                .Select(t => DeskFileReader.Read(t.Id, File.ReadAllText(t.File), t.File))
            : [];
        return new DeskCatalog(tenants);
    }
}
