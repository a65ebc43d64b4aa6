using System.Security.Claims;
using System.Text.Encodings.Web;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Handoff.Tests.Support;

/// <summary>
/// Issues the claims the console's sign-in issues (id, name, role, tenant) from test headers, so the API can be
/// tested in process; the end-to-end tests sign in for real.
/// </summary>
internal sealed class TestStaffAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "test-staff";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue("X-Test-User", out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.ToString()),
            new(ClaimTypes.Name, Request.Headers["X-Test-Name"].ToString()),
            new(ClaimTypes.Role, Request.Headers["X-Test-Role"].ToString()),
            new(StaffClaims.Tenant, Request.Headers["X-Test-Tenant"].ToString()),
        };
        var identity = new ClaimsIdentity(claims, Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
    }
}
