namespace ChatAssistant.Core.Tenants;

/// <summary>The municipalities this deployment serves.</summary>
public interface ITenantDirectory
{
    IReadOnlyList<Tenant> All { get; }

    Tenant? Find(string tenantId);
}
