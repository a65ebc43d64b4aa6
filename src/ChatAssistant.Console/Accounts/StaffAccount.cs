namespace ChatAssistant.StaffConsole.Accounts;

/// <summary>
/// A person who signs in to the console: one tenant, one role (<see cref="Core.Staff.StaffRoles"/>). The password is
/// kept only as ASP.NET Core's <c>PasswordHasher</c> hash; a one-time password sets <see cref="MustChangePassword"/>.
/// </summary>
public sealed record StaffAccount
{
    public required string Id { get; init; }

    /// <summary>Lower case, unique across the deployment: the sign-in name.</summary>
    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Role { get; init; }

    public required string Tenant { get; init; }

    /// <summary>Topic ids (knowledge-base topics) the volunteer knows best, for assignment.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>For a committee: the neighbourhoods (ids of quartieri.yaml) it publishes announcements to.</summary>
    public IReadOnlyList<string> Neighbourhoods { get; init; } = [];

    public bool Disabled { get; init; }

    public required string PasswordHash { get; init; }

    /// <summary>Set for a one-time password: the account must choose its own before doing anything else.</summary>
    public bool MustChangePassword { get; init; }

    /// <summary>Wrong passwords since the last successful sign-in (or the last lockout).</summary>
    public int FailedAttempts { get; init; }

    /// <summary>No sign-in is accepted before this instant, even with the right password.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
