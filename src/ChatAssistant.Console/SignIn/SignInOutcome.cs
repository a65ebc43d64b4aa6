using ChatAssistant.StaffConsole.Accounts;

namespace ChatAssistant.StaffConsole.SignIn;

/// <summary>What a sign-in attempt came to: the account, or wrong credentials, or a lockout until a given instant.</summary>
public sealed record SignInOutcome(StaffAccount? Account, DateTimeOffset? LockedUntil)
{
    public static SignInOutcome WrongCredentials { get; } = new(null, null);

    public bool Succeeded => Account is not null;
}
