namespace ChatAssistant.StaffConsole.Accounts;

/// <summary>
/// The outcome of an account action: the account (and the one-time password to hand over, when one was made), or
/// the reason it was refused in words a coordinator can act on.
/// </summary>
/// <param name="ProblemCode">The refusal's key, for the console to say it in the reader's language (account.problem.{code}).</param>
public sealed record AccountResult(StaffAccount? Account, string? OneTimePassword, string? Problem, string? ProblemCode = null)
{
    public bool Succeeded => Problem is null;

    public static AccountResult Refused(string code, string problem) => new(null, null, problem, code);
}
