using ChatAssistant.Core.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.Accounts;

/// <summary>Creating accounts, resetting and changing passwords, disabling: used by the accounts page, the CLI and the demo seeding.</summary>
public sealed class StaffAccounts(IStaffAccountStore store, IPasswordHasher<StaffAccount> hasher, IOptions<ConsoleOptions> options, TimeProvider clock)
{
    public IStaffAccountStore Store => store;

    public async Task<AccountResult> CreateAsync(NewAccount request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = StaffAccount.NormalizeEmail(request.Email);
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length < 3)
        {
            return AccountResult.Refused("email", $"'{request.Email}' is not an e-mail address.");
        }

        if (!StaffRoles.All.Contains(request.Role))
        {
            return AccountResult.Refused("role", $"Unknown role '{request.Role}': use {string.Join(", ", StaffRoles.All)}.");
        }

        if (string.IsNullOrWhiteSpace(request.Tenant))
        {
            return AccountResult.Refused("tenant", "An account needs a tenant (the municipality, e.g. milano).");
        }

        if (request.Role == StaffRoles.Committee && request.Neighbourhoods is not { Count: > 0 })
        {
            return AccountResult.Refused("neighbourhood", "A committee account needs at least one neighbourhood (--neighbourhood <id>, ids from GET /api/neighbourhoods?tenant=...).");
        }

        if (request.Password is { } chosen && PasswordProblem(chosen) is { } weak)
        {
            return AccountResult.Refused("weak", weak);
        }

        var oneTime = request.Password is null ? OneTimePassword.Create() : null;
        var draft = new StaffAccount
        {
            Id = Guid.NewGuid().ToString("N"),
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email.Split('@')[0] : request.DisplayName.Trim(),
            Role = request.Role,
            Tenant = request.Tenant.Trim().ToLowerInvariant(),
            Skills = request.Skills ?? [],
            Neighbourhoods = request.Neighbourhoods ?? [],
            PasswordHash = "",
            MustChangePassword = oneTime is not null,
            CreatedAt = clock.GetUtcNow(),
        };
        var account = draft with { PasswordHash = hasher.HashPassword(draft, request.Password ?? oneTime!) };
        return await store.TryAddAsync(account, cancellationToken)
            ? new AccountResult(account, oneTime, null)
            : AccountResult.Refused("exists", $"An account with e-mail {email} already exists.");
    }

    /// <summary>A new one-time password; the account must change it at its next sign-in, and a lockout is lifted.</summary>
    public async Task<AccountResult> ResetPasswordAsync(string id, CancellationToken cancellationToken = default)
    {
        var oneTime = OneTimePassword.Create();
        var account = await store.UpdateAsync(id, a => a with
        {
            PasswordHash = hasher.HashPassword(a, oneTime),
            MustChangePassword = true,
            FailedAttempts = 0,
            LockedUntil = null,
        }, cancellationToken);
        return account is null ? AccountResult.Refused("missing", "No such account.") : new AccountResult(account, oneTime, null);
    }

    /// <summary>Sets the account's own password, after checking the current one.</summary>
    public async Task<AccountResult> ChangePasswordAsync(string id, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } account)
        {
            return AccountResult.Refused("missing", "No such account.");
        }

        if (hasher.VerifyHashedPassword(account, account.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
        {
            return AccountResult.Refused("current", "The current password is not right.");
        }

        if (PasswordProblem(newPassword) is { } weak)
        {
            return AccountResult.Refused("weak", weak);
        }

        if (newPassword == currentPassword)
        {
            return AccountResult.Refused("same", "Choose a password different from the current one.");
        }

        var changed = await store.UpdateAsync(id, a => a with { PasswordHash = hasher.HashPassword(a, newPassword), MustChangePassword = false }, cancellationToken);
        return changed is null ? AccountResult.Refused("missing", "No such account.") : new AccountResult(changed, null, null);
    }

    public async Task<AccountResult> SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken = default)
    {
        var account = await store.UpdateAsync(id, a => a with { Disabled = disabled }, cancellationToken);
        return account is null ? AccountResult.Refused("missing", "No such account.") : new AccountResult(account, null, null);
    }

    /// <summary>Sets the topics the volunteer knows best (knowledge-base topic ids, for assignment), from "a, b c".</summary>
    public async Task<AccountResult> SetSkillsAsync(string id, string? skills, CancellationToken cancellationToken = default)
    {
        var list = (skills ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 30 || list.Any(s => s.Length > 64 || !s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return AccountResult.Refused("skills", "Topics are knowledge-base ids (letters, digits, '-'), at most 30 of 64 characters each.");
        }

        var account = await store.UpdateAsync(id, a => a with { Skills = list }, cancellationToken);
        return account is null ? AccountResult.Refused("missing", "No such account.") : new AccountResult(account, null, null);
    }

    public string? PasswordProblem(string password) =>
        password.Length < options.Value.MinPasswordLength
            ? $"The password must be at least {options.Value.MinPasswordLength} characters long."
            : null;
}
