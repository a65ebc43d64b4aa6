namespace ChatAssistant.Appointments.Desks;

/// <summary>Every tenant's appointment data, read once from knowledge-base/comuni/*/appuntamenti.yaml. A tenant without the file takes no appointments.</summary>
public sealed class DeskCatalog
{
    private readonly Dictionary<string, TenantDesks> _tenants;

    public DeskCatalog(IEnumerable<TenantDesks> tenants) => _tenants = tenants.ToDictionary(t => t.TenantId, StringComparer.Ordinal);

    public IReadOnlyCollection<TenantDesks> All => _tenants.Values;

    public TenantDesks? Find(string tenantId) => _tenants.GetValueOrDefault(tenantId);

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
