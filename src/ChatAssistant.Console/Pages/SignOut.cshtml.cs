using ChatAssistant.StaffConsole.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.StaffConsole.Pages;

/// <summary>POST ends the session; GET only leads back to the sign-in page (signing out by a link would let any page do it).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect(ConsolePaths.SignIn);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(StaffAuthentication.CookieScheme);
        return Redirect(ConsolePaths.SignIn);
    }
}
