using System.Security.Claims;
using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.Core.Staff;

namespace ChatAssistant.StaffConsole.SignIn;

/// <summary>The claims every capability reads: the account id in NameIdentifier, the role, the tenant in <see cref="StaffClaims.Tenant"/>.</summary>
public static class StaffPrincipal
{
    /// <summary>Present while the account still has a one-time password: the console sends it to the change-password page.</summary>
    public const string MustChangePasswordClaim = "chatassistant:must-change-password";

    public static ClaimsPrincipal Create(StaffAccount account, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(account);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Email, account.Email),
            new(ClaimTypes.Role, account.Role),
            new(StaffClaims.Tenant, account.Tenant),
            new(StaffClaims.Skills, string.Join(',', account.Skills)),
            new(StaffClaims.Neighbourhoods, string.Join(',', account.Neighbourhoods)),
        ];
        if (account.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePasswordClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string? AccountId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string? Tenant(this ClaimsPrincipal user) => user.FindFirstValue(StaffClaims.Tenant);
}
