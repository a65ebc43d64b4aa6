using System.Security.Claims;
using System.Text.Encodings.Web;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Testing;

/// <summary>
/// Stands in for the console's sign-in when an API is tested in process: a request with
/// <c>X-Test-Staff: role tenant [user]</c> gets the claims the console issues (id, name, role, tenant). The
/// end-to-end tests sign in for real.
/// </summary>
public sealed class TestStaffAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "test-staff";

    public const string Header = "X-Test-Staff";

    /// <summary>Makes this scheme the default one of <paramref name="services"/>.</summary>
    public static AuthenticationBuilder AddTo(IServiceCollection services) =>
        services.AddAuthentication(Name).AddScheme<AuthenticationSchemeOptions, TestStaffAuthentication>(Name, null);

    /// <summary>The header's value for <paramref name="user"/> (shown by the name "User") with a role in a tenant.</summary>
    public static string As(string role, string tenant, string user = "staff") => $"{role} {tenant} {user}";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (role, tenant, user) = Request.Headers[Header].ToString().Split(' ') switch
        {
            [var r, var t] => (r, t, "staff"),
            [var r, var t, var u] when u.Length > 0 => (r, t, u),
            _ => (null, null, null),
        };
        if (role is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user!),
            new Claim(ClaimTypes.Name, char.ToUpperInvariant(user![0]) + user[1..]),
            new Claim(ClaimTypes.Role, role),
            new Claim(StaffClaims.Tenant, tenant!),
        ], Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
    }
}
