using System.Security.Claims;
using System.Text.Encodings.Web;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.CivicReports.Tests.Support;

/// <summary>Stands in for the console's sign-in in process: "X-Test-Staff: role tenant" carries the same role and tenant claims.</summary>
internal sealed class HeaderStaffAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "test-staff";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers["X-Test-Staff"].ToString().Split(' ') is not [var role, var tenant])
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "staff"), new Claim(ClaimTypes.Role, role), new Claim(StaffClaims.Tenant, tenant)], Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
    }
}
