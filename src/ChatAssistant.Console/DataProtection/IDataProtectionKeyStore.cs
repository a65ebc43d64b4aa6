namespace ChatAssistant.StaffConsole.DataProtection;

/// <summary>
/// ASP.NET Core Data Protection's key ring, kept in the store so that a sign-in cookie or bearer token issued by one
/// host is accepted by every other host of the deployment.
/// </summary>
public interface IDataProtectionKeyStore
{
    /// <summary>Every key element stored, as XML text, oldest first.</summary>
    Task<IReadOnlyList<string>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a key element; a second element of the same <paramref name="name"/> is ignored.</summary>
    Task AddAsync(string name, string xml, CancellationToken cancellationToken = default);
}
