using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.SignIn;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.Authorization;

/// <summary>
/// ASP.NET Core's own handlers: a cookie for the console pages and a bearer token (<c>AddBearerToken</c>, protected by
/// Data Protection) for /api. A request with "Authorization: Bearer" is read by the bearer handler, any other by the
/// cookie handler; without a sign-in /api answers 401 and a console page redirects to the sign-in page.
/// </summary>
internal static class StaffAuthentication
{
    public const string Scheme = "staff";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string BearerScheme = BearerTokenDefaults.AuthenticationScheme;

    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Console or API", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? BearerScheme : CookieScheme)
            .AddCookie(CookieScheme)
            .AddBearerToken(BearerScheme);
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IOptions<ConsoleOptions>>((cookie, console) =>
        {
            cookie.Cookie.Name = "chatassistant.console";
            cookie.Cookie.HttpOnly = true;
            // Strict: the console's own scripts call /api with this cookie, and no other site can make a browser send it.
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = ConsolePaths.SignIn;
            cookie.LogoutPath = ConsolePaths.SignOut;
            cookie.AccessDeniedPath = ConsolePaths.Denied;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(console.Value.SessionHours);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => ApiAnswersWithStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAnswersWithStatus(context, StatusCodes.Status403Forbidden);
            cookie.Events.OnValidatePrincipal = RefuseDisabledAccountsAsync;
        });
        services.AddOptions<BearerTokenOptions>(BearerScheme).Configure<IOptions<ConsoleOptions>>((bearer, console) =>
        {
            bearer.BearerTokenExpiration = TimeSpan.FromMinutes(console.Value.TokenMinutes);
            bearer.Events.OnMessageReceived = RefuseDisabledBearerAsync;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Volunteer, p => p.RequireRole(StaffRoles.Volunteer, StaffRoles.Coordinator, StaffRoles.Admin))
            .AddPolicy(StaffPolicies.Coordinator, p => p.RequireRole(StaffRoles.Coordinator, StaffRoles.Admin))
            .AddPolicy(StaffPolicies.Committee, p => p.RequireRole(StaffRoles.Committee, StaffRoles.Coordinator, StaffRoles.Admin))
            .AddPolicy(StaffPolicies.Admin, p => p.RequireRole(StaffRoles.Admin));
        return services;
    }

    private static Task ApiAnswersWithStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(ConsolePaths.Hub))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    // A disabled account, or one whose password was reset, loses its open sessions at its next request; changed skills
    // reach the session at once (auto-assignment reads them from the claims).
    private static async Task RefuseDisabledAccountsAsync(CookieValidatePrincipalContext context)
    {
        var account = context.Principal is { } principal ? await StillValidAsync(principal, context.HttpContext) : null;
        if (account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
        else if (context.Principal!.FindFirst(StaffClaims.Skills)?.Value != string.Join(',', account.Skills))
        {
            context.ReplacePrincipal(StaffPrincipal.Create(account, context.Principal.Identity?.AuthenticationType ?? CookieScheme));
            context.ShouldRenew = true;
        }
    }

    // The same for a bearer token, at once rather than when it expires: the framework's own protector reads the token
    // (the handler reads it again; a token is small), and a refused account fails authentication, so /api answers 401.
    private static async Task RefuseDisabledBearerAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim()) is not { Principal: { } principal })
        {
            return;
        }

        if (await StillValidAsync(principal, context.HttpContext) is null)
        {
            context.Fail("The account is disabled or its password was reset: sign in again.");
        }
    }

    /// <returns>The account behind <paramref name="principal"/>, or null when it is gone, disabled, or its password was reset since.</returns>
    private static async Task<StaffAccount?> StillValidAsync(System.Security.Claims.ClaimsPrincipal principal, HttpContext httpContext)
    {
        var id = principal.AccountId();
        var store = httpContext.RequestServices.GetRequiredService<IStaffAccountStore>();
        var account = id is null ? null : await store.GetAsync(id, httpContext.RequestAborted);
        var mustChange = principal.HasClaim(c => c.Type == StaffPrincipal.MustChangePasswordClaim);
        return account is null || account.Disabled || (account.MustChangePassword && !mustChange) ? null : account;
    }
}
