namespace ChatAssistant.Announcements.Neighbourhoods;

/// <summary>Every tenant's neighbourhoods, read once from knowledge-base/comuni/*/quartieri.yaml. A tenant without the file has no announcements.</summary>
public sealed class NeighbourhoodCatalog
{
    private readonly Dictionary<string, TenantNeighbourhoods> _tenants;

    public NeighbourhoodCatalog(IEnumerable<TenantNeighbourhoods> tenants) => _tenants = tenants.ToDictionary(t => t.TenantId, StringComparer.Ordinal);

    public TenantNeighbourhoods? Find(string tenantId) => _tenants.GetValueOrDefault(tenantId);

    public static NeighbourhoodCatalog Load(string knowledgeBasePath)
    {
        var comuni = Path.Combine(knowledgeBasePath, "comuni");
        var tenants = Directory.Exists(comuni)
            ? Directory.GetDirectories(comuni)
                .Select(dir => (Id: Path.GetFileName(dir), File: Path.Combine(dir, NeighbourhoodFileReader.FileName)))
                .Where(t => File.Exists(t.File))
                .Select(t => NeighbourhoodFileReader.Read(t.Id, File.ReadAllText(t.File), t.File))
            : [];
        return new NeighbourhoodCatalog(tenants);
    }
}
