using System.Security.Claims;
using ChatAssistant.Core.Staff;

namespace ChatAssistant.Announcements.Composing;

/// <summary>Who composes: a committee publishes only to its own neighbourhoods; coordinators and admins to any of their tenant, and they approve.</summary>
public sealed record Publisher(string Id, string TenantId, bool IsCommittee, IReadOnlyList<string> Neighbourhoods)
{
    public bool CanApprove => !IsCommittee;

    public bool MayPublishTo(string neighbourhoodId) => !IsCommittee || Neighbourhoods.Contains(neighbourhoodId, StringComparer.Ordinal);

    public static Publisher? From(ClaimsPrincipal user)
    {
        var tenant = user.FindFirstValue(StaffClaims.Tenant);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(id))
        {
            return null;
        }

        var neighbourhoods = (user.FindFirstValue(StaffClaims.Neighbourhoods) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Publisher(id, tenant, user.IsInRole(StaffRoles.Committee), neighbourhoods);
    }
}
