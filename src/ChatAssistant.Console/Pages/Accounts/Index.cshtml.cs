using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.StaffConsole.Localization;
using ChatAssistant.StaffConsole.SignIn;
using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.Pages.Accounts;

/// <summary>
/// Coordinators and admins manage the accounts of their own tenant: add (a one-time password is shown once), disable
/// or enable, reset a password, set a volunteer's topics (for assignment). Only an admin can create or change an admin.
/// </summary>
public sealed class AccountsModel(StaffAccounts accounts, TimeProvider clock, IOptions<ConsoleOptions> options) : PageModel
{
    public IReadOnlyList<StaffAccount> List { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public IEnumerable<string> AssignableRoles => User.IsInRole(StaffRoles.Admin) ? StaffRoles.All : StaffRoles.All.Where(r => r != StaffRoles.Admin);

    private string Tenant => User.Tenant() ?? "";

    public Task OnGetAsync() => LoadAsync();

    public async Task OnPostCreateAsync(string email, string? displayName, string role, string? neighbourhoods)
    {
        if (!AssignableRoles.Contains(role))
        {
            Error = ConsoleText.Get("denied.text");
        }
        else
        {
            var created = await accounts.CreateAsync(new NewAccount(email, role, Tenant, displayName,
                Neighbourhoods: neighbourhoods?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), HttpContext.RequestAborted);
            Show(created);
        }

        await LoadAsync();
    }

    public async Task OnPostDisableAsync(string id, bool disabled)
    {
        if (await MayChangeAsync(id))
        {
            Show(await accounts.SetDisabledAsync(id, disabled, HttpContext.RequestAborted));
        }

        await LoadAsync();
    }

    public async Task OnPostSkillsAsync(string id, string? skills)
    {
        if (await MayChangeAsync(id))
        {
            var result = await accounts.SetSkillsAsync(id, skills, HttpContext.RequestAborted);
            Show(result);
            if (result.Succeeded)
            {
                Message = ConsoleText.Get("accounts.skillsSaved");
            }
        }

        await LoadAsync();
    }

    public async Task OnPostResetAsync(string id)
    {
        if (await MayChangeAsync(id))
        {
            Show(await accounts.ResetPasswordAsync(id, HttpContext.RequestAborted));
        }

        await LoadAsync();
    }

    // Another tenant's account, or an admin's for a coordinator, is refused as if it did not exist.
    private async Task<bool> MayChangeAsync(string id)
    {
        var account = await accounts.Store.GetAsync(id, HttpContext.RequestAborted);
        var allowed = account is not null && account.Tenant == Tenant && AssignableRoles.Contains(account.Role) && account.Id != User.AccountId();
        if (!allowed)
        {
            Error = ConsoleText.Get("denied.text");
        }

        return allowed;
    }

    private void Show(AccountResult result)
    {
        if (!result.Succeeded)
        {
            Error = ConsoleText.Problem(result, options.Value.MinPasswordLength);
        }
        else if (result.OneTimePassword is { } password)
        {
            Message = ConsoleText.Format("accounts.onetime", result.Account!.Email, password);
        }
        else
        {
            Message = result.Account!.Disabled ? ConsoleText.Get("accounts.disabled") : ConsoleText.Get("accounts.active");
        }
    }

    private async Task LoadAsync() => List = await accounts.Store.ListAsync(Tenant, HttpContext.RequestAborted);
}
