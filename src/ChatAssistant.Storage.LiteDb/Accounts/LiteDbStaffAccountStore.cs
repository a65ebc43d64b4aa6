using ChatAssistant.StaffConsole.Accounts;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Accounts;

/// <summary>The console's accounts in the store's file. An update runs on the writer's thread, so reading and replacing are one step.</summary>
public sealed class LiteDbStaffAccountStore(LiteDbStore store) : IStaffAccountStore
{
    public Task<bool> TryAddAsync(StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var normalized = account with { Email = StaffAccount.NormalizeEmail(account.Email) };
        return store.Writer.Write(db => StaffAccountDocuments.TryAdd(db, normalized), cancellationToken);
    }

    public Task<StaffAccount?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Database.GetCollection(StoreCollections.StaffAccounts).FindById(id) is { } d ? StaffAccountDocuments.FromDocument(d) : null);

    public Task<StaffAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var found = store.Database.GetCollection(StoreCollections.StaffAccounts).FindOne(Query.EQ("email", StaffAccount.NormalizeEmail(email)));
        return Task.FromResult(found is null ? null : StaffAccountDocuments.FromDocument(found));
    }

    public Task<IReadOnlyList<StaffAccount>> ListAsync(string? tenant, CancellationToken cancellationToken = default)
    {
        var accounts = store.Database.GetCollection(StoreCollections.StaffAccounts);
        var documents = tenant is null ? accounts.FindAll() : accounts.Find(Query.EQ("tenant", tenant));
        IReadOnlyList<StaffAccount> list = documents.Select(StaffAccountDocuments.FromDocument).OrderBy(a => a.Email, StringComparer.Ordinal).ToList();
        return Task.FromResult(list);
    }

    public Task<StaffAccount?> UpdateAsync(string id, Func<StaffAccount, StaffAccount> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return store.Writer.Write(db => StaffAccountDocuments.Update(db, id, change), cancellationToken);
    }
}
