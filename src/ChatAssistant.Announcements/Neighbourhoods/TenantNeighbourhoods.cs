namespace ChatAssistant.Announcements.Neighbourhoods;

/// <summary>One tenant's neighbourhoods, in the file's order. <see cref="Example"/> marks names that are examples, not confirmed committees.</summary>
public sealed record TenantNeighbourhoods(string TenantId, bool Example, IReadOnlyList<Neighbourhood> All)
{
    public Neighbourhood? Find(string id) => All.FirstOrDefault(n => n.Id == id);
}
