namespace ChatAssistant.StaffConsole.Accounts;

/// <summary>
/// The console's accounts, in the store of the chosen engine (LiteDB or PostgreSQL, one contract suite for both).
/// Changes go through <see cref="UpdateAsync"/>, which applies a change to the current record atomically, so two hosts
/// counting failed sign-ins of one account never lose a count.
/// </summary>
public interface IStaffAccountStore
{
    /// <summary>Adds the account; false (and nothing stored) when its email or id is already taken.</summary>
    Task<bool> TryAddAsync(StaffAccount account, CancellationToken cancellationToken = default);

    Task<StaffAccount?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The account signing in with <paramref name="email"/> (any case), or null.</summary>
    Task<StaffAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The accounts of one tenant, or of every tenant when <paramref name="tenant"/> is null, ordered by email.</summary>
    Task<IReadOnlyList<StaffAccount>> ListAsync(string? tenant, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the account with <paramref name="change"/> applied to its current value, as one step no other write of the
    /// same account can interleave with; returns the stored result, or null when there is no such account. The id and
    /// email never change.
    /// </summary>
    Task<StaffAccount?> UpdateAsync(string id, Func<StaffAccount, StaffAccount> change, CancellationToken cancellationToken = default);
}
