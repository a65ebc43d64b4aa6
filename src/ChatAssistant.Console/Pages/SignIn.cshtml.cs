using ChatAssistant.StaffConsole.Authorization;
using ChatAssistant.StaffConsole.Localization;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.StaffConsole.Pages;

/// <summary>The sign-in page: e-mail and password, a cookie session; a one-time password leads to the change-password page.</summary>
public sealed class SignInModel(StaffSignIn signIn, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await signIn.SignInAsync(Email ?? "", Password ?? "", HttpContext.RequestAborted);
        if (outcome.LockedUntil is { } until)
        {
            Error = ConsoleText.Format("signin.locked", Math.Max(1, (int)Math.Ceiling((until - clock.GetUtcNow()).TotalMinutes)));
            return Page();
        }

        if (outcome.Account is not { } account)
        {
            Error = ConsoleText.Get("signin.wrong");
            return Page();
        }

        await HttpContext.SignInAsync(StaffAuthentication.CookieScheme, StaffPrincipal.Create(account, StaffAuthentication.CookieScheme));
        if (account.MustChangePassword)
        {
            return Redirect(ConsolePaths.ChangePassword);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : ConsolePaths.Queue);
    }
}
