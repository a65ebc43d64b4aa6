using Microsoft.AspNetCore.Http;

namespace ChatAssistant.StaffConsole.SignIn;

/// <summary>
/// An account signed in with a one-time password can do one thing: choose its own. Console pages redirect to the
/// change-password page, the API answers 403.
/// </summary>
internal sealed class FirstPasswordGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == StaffPrincipal.MustChangePasswordClaim) && !IsAllowed(context.Request.Path))
        {
            if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(ConsolePaths.Hub))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect(ConsolePaths.ChangePassword);
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments(ConsolePaths.ChangePassword) || path.StartsWithSegments(ConsolePaths.SignOut)
        || path.StartsWithSegments(ConsolePaths.SignIn) || path.StartsWithSegments(ConsolePaths.Assets)
        || path.StartsWithSegments(ConsolePaths.Language) || path.StartsWithSegments("/api/auth")
        || !(path.StartsWithSegments(ConsolePaths.Root) || path.StartsWithSegments("/api") || path.StartsWithSegments("/hangfire"));
}
