using System.Security.Claims;
using ChatAssistant.Core.Staff;
using ChatAssistant.Handoff.Assignment;

namespace ChatAssistant.Handoff.Api;

/// <summary>The signed-in volunteer, from the claims the console's sign-in issues.</summary>
public static class StaffMember
{
    /// <summary>Null when a claim is missing (an account without a tenant is refused rather than guessed).</summary>
    public static Volunteer? From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var tenant = user.FindFirstValue(StaffClaims.Tenant);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(tenant))
        {
            return null;
        }

        var skills = (user.FindFirstValue(StaffClaims.Skills) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Volunteer(id, user.FindFirstValue(ClaimTypes.Name) ?? id, tenant, skills);
    }
}
