using System.Globalization;
using ChatAssistant.StaffConsole.Authorization;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.Api.Auth;

/// <summary>
/// POST /api/auth/login {email, password} → {token}: the bearer handler's own token (Data Protection), for
/// integrations and tests. Wrong credentials: 401; a locked account: 429 with Retry-After and the minutes to wait;
/// an account with a one-time password: 403 until it is changed (POST /api/auth/password or the console).
/// </summary>
internal static class LoginEndpoint
{
    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> HandleAsync(
        LoginRequest request, StaffSignIn signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, HttpContext http)
    {
        var outcome = await signIn.SignInAsync(request.Email ?? "", request.Password ?? "", http.RequestAborted);
        if (outcome.LockedUntil is { } until)
        {
            var wait = until - clock.GetUtcNow();
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                title: "Account locked",
                detail: $"Too many wrong passwords: this account is locked for {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} more minutes, until {until:HH:mm} UTC.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (outcome.Account is not { } account)
        {
            return TypedResults.Problem(title: "Wrong e-mail or password", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (account.MustChangePassword)
        {
            return TypedResults.Problem(
                title: "Change the one-time password first",
                detail: "Sign in to the console once, or POST /api/auth/password {email, password, newPassword}.",
                statusCode: StatusCodes.Status403Forbidden);
        }

        var options = bearer.Get(StaffAuthentication.BearerScheme);
        var properties = new AuthenticationProperties { IssuedUtc = clock.GetUtcNow(), ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var ticket = new AuthenticationTicket(StaffPrincipal.Create(account, StaffAuthentication.BearerScheme), properties, StaffAuthentication.BearerScheme);
        var token = options.BearerTokenProtector.Protect(ticket);
        return TypedResults.Ok(new LoginResponse(token, "Bearer", (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
