namespace ChatAssistant.Handoff.Assignment;

/// <summary>A signed-in staff member working the queue (from the NameIdentifier, Name, tenant and skills claims).</summary>
public sealed record Volunteer(string Id, string Name, string TenantId, IReadOnlyList<string> Skills)
{
    public Volunteer(string id, string name, string tenantId)
        : this(id, name, tenantId, [])
    {
    }
}
