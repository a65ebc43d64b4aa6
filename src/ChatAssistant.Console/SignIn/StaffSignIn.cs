using ChatAssistant.StaffConsole.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.StaffConsole.SignIn;

/// <summary>
/// Checks an e-mail and password, shared by the sign-in page and POST /api/auth/login. After
/// <see cref="ConsoleOptions.MaxFailedAttempts"/> wrong passwords in a row the account refuses every sign-in for
/// <see cref="ConsoleOptions.LockoutMinutes"/>; a disabled or unknown account looks like a wrong password.
/// </summary>
public sealed partial class StaffSignIn(IStaffAccountStore store, IPasswordHasher<StaffAccount> hasher, IOptions<ConsoleOptions> options, TimeProvider clock, ILogger<StaffSignIn> logger)
{
    // Hashing for an unknown e-mail too keeps the answer's timing from telling which addresses have accounts.
    private static readonly StaffAccount Nobody = new() { Id = "", Email = "", DisplayName = "", Role = "", Tenant = "", PasswordHash = "" };
    private static readonly Lazy<string> NobodyHash = new(() => new PasswordHasher<StaffAccount>().HashPassword(Nobody, OneTimePassword.Create()));

    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var account = await store.FindByEmailAsync(email ?? "", cancellationToken);
        if (account is null)
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password ?? "");
            return SignInOutcome.WrongCredentials;
        }

        if (account.LockedUntil is { } until && until > now)
        {
            return new SignInOutcome(null, until);
        }

        var verified = hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "");
        if (verified == PasswordVerificationResult.Failed)
        {
            return await RecordFailureAsync(account, now, cancellationToken);
        }

        if (account.Disabled)
        {
            LogDisabled(logger, account.Id);
            return SignInOutcome.WrongCredentials;
        }

        var signedIn = await store.UpdateAsync(account.Id, a => a with
        {
            FailedAttempts = 0,
            LockedUntil = null,
            PasswordHash = verified == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(a, password!) : a.PasswordHash,
        }, cancellationToken);
        return signedIn is null ? SignInOutcome.WrongCredentials : new SignInOutcome(signedIn, null);
    }

    private async Task<SignInOutcome> RecordFailureAsync(StaffAccount account, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxFailedAttempts;
        var lockout = TimeSpan.FromMinutes(options.Value.LockoutMinutes);
        var updated = await store.UpdateAsync(account.Id, a => a.FailedAttempts + 1 >= max
            ? a with { FailedAttempts = 0, LockedUntil = now + lockout }
            : a with { FailedAttempts = a.FailedAttempts + 1 }, cancellationToken);
        if (updated?.LockedUntil is { } until && until > now)
        {
            LogLockedOut(logger, account.Id, max, until);
            return new SignInOutcome(null, until);
        }

        return SignInOutcome.WrongCredentials;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Console account {AccountId} locked after {Attempts} wrong passwords, until {Until:u}")]
    private static partial void LogLockedOut(ILogger logger, string accountId, int attempts, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused: console account {AccountId} is disabled")]
    private static partial void LogDisabled(ILogger logger, string accountId);
}
