namespace ChatAssistant.StaffConsole.Accounts;

/// <summary>
/// The outcome of an account action: the account (and the one-time password to hand over, when one was made), or
/// the reason it was refused in words a coordinator can act on.
/// </summary>
public sealed record AccountResult(StaffAccount? Account, string? OneTimePassword, string? Problem)
{
    public bool Succeeded => Problem is null;

    public static AccountResult Refused(string problem) => new(null, null, problem);
}
