using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.Authorization;
using ChatAssistant.StaffConsole.Localization;
using ChatAssistant.StaffConsole.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.Pages;

/// <summary>Choosing one's own password; the first thing an account with a one-time password sees.</summary>
public sealed class ChangePasswordModel(StaffAccounts accounts, IOptions<ConsoleOptions> options) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public string? Error { get; private set; }

    public bool Done { get; private set; }

    public bool MustChange => User.HasClaim(c => c.Type == StaffPrincipal.MustChangePasswordClaim);

    public int MinLength => options.Value.MinPasswordLength;

    public void OnGet(bool done = false) => Done = done;

    public async Task<IActionResult> OnPostAsync()
    {
        if (New != Confirm)
        {
            Error = ConsoleText.Get("password.mismatch");
            return Page();
        }

        var result = await accounts.ChangePasswordAsync(User.AccountId() ?? "", Current ?? "", New ?? "", HttpContext.RequestAborted);
        if (result.Account is not { } account)
        {
            Error = ConsoleText.Problem(result, MinLength);
            return Page();
        }

        await HttpContext.SignInAsync(StaffAuthentication.CookieScheme, StaffPrincipal.Create(account, StaffAuthentication.CookieScheme));
        return RedirectToPage(new { done = true });
    }
}
