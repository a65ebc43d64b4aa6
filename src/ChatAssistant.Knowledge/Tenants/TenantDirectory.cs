using ChatAssistant.Core.Tenants;
using ChatAssistant.Knowledge.Service;

namespace ChatAssistant.Knowledge.Tenants;

/// <summary>The municipalities of the serving snapshot (knowledge-base/comuni/*/comune.yaml); follows reloads.</summary>
public sealed class TenantDirectory(KnowledgeService knowledge) : ITenantDirectory
{
    public IReadOnlyList<Tenant> All => knowledge.Current.Content.Tenants;

    public Tenant? Find(string tenantId) =>
        All.FirstOrDefault(t => string.Equals(t.Id, tenantId, StringComparison.OrdinalIgnoreCase));
}
