using System.Security.Claims;
using ChatAssistant.StaffConsole.SignIn;

namespace ChatAssistant.StaffConsole.Api.Auth;

/// <summary>GET /api/auth/me: who the token or cookie belongs to.</summary>
internal static class MeEndpoint
{
    public static MeResponse Handle(ClaimsPrincipal user) => new(
        user.AccountId() ?? "",
        user.FindFirstValue(ClaimTypes.Email) ?? "",
        user.Identity?.Name ?? "",
        user.FindFirstValue(ClaimTypes.Role) ?? "",
        user.Tenant() ?? "");
}
