namespace ChatAssistant.StaffConsole;

/// <summary>The "Console" section: sign-in, lockout and the demo accounts.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account refuses every sign-in, even with the right password.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>A console session (cookie) ends after this many hours without a request.</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>Life of a bearer token from POST /api/auth/login.</summary>
    public int TokenMinutes { get; set; } = 60;

    /// <summary>Shortest password an account may choose.</summary>
    public int MinPasswordLength { get; set; } = 10;

    /// <summary>At first start, tenants that get one volunteer and one coordinator whose one-time passwords go to the log once. Empty: none.</summary>
    public List<string> DemoTenants { get; set; } = ["milano", "cremona"];

    internal bool IsValid(out string? problem)
    {
        problem = (MaxFailedAttempts, LockoutMinutes, SessionHours, TokenMinutes, MinPasswordLength) switch
        {
            ( < 1, _, _, _, _) => "Console:MaxFailedAttempts must be at least 1.",
            (_, < 1, _, _, _) => "Console:LockoutMinutes must be at least 1.",
            (_, _, < 1, _, _) => "Console:SessionHours must be at least 1.",
            (_, _, _, < 1, _) => "Console:TokenMinutes must be at least 1.",
            (_, _, _, _, < 8) => "Console:MinPasswordLength must be at least 8.",
            _ => null,
        };
        return problem is null;
    }
}
