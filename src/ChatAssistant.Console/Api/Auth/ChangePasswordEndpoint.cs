using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.StaffConsole.Api.Auth;

/// <summary>POST /api/auth/password {email, password, newPassword}: 204, 401 for a wrong password (counted like a sign-in), 400 for a weak new one.</summary>
internal static class ChangePasswordEndpoint
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(ChangePasswordRequest request, StaffSignIn signIn, StaffAccounts accounts, HttpContext http)
    {
        // Signing in first applies the lockout, so this cannot be used to guess passwords faster than the login.
        var outcome = await signIn.SignInAsync(request.Email ?? "", request.Password ?? "", http.RequestAborted);
        if (outcome.Account is not { } account)
        {
            return TypedResults.Problem(title: outcome.LockedUntil is null ? "Wrong e-mail or password" : "Account locked",
                statusCode: outcome.LockedUntil is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status429TooManyRequests);
        }

        var changed = await accounts.ChangePasswordAsync(account.Id, request.Password ?? "", request.NewPassword ?? "", http.RequestAborted);
        return changed.Succeeded
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "Password not changed", detail: changed.Problem, statusCode: StatusCodes.Status400BadRequest);
    }
}
