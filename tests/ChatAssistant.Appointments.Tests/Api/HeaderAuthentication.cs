using System.Security.Claims;
using System.Text.Encodings.Web;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Appointments.Tests.Api;

/// <summary>A test scheme standing in for the console's sign-in: "X-Test-Staff: role tenant" signs the request in.</summary>
internal sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers["X-Test-Staff"].ToString().Split(' ') is not [var role, var tenant])
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "volontario"), new Claim(ClaimTypes.Role, role), new Claim(StaffClaims.Tenant, tenant)], Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
    }
}
