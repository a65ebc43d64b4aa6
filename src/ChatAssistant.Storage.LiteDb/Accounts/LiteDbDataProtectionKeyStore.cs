using ChatAssistant.StaffConsole.DataProtection;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Accounts;

/// <summary>Data Protection's key ring in the store's file (one host per file, but it survives restarts with the data).</summary>
public sealed class LiteDbDataProtectionKeyStore(LiteDbStore store) : IDataProtectionKeyStore
{
    public Task<IReadOnlyList<string>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<string> keys = store.Database.GetCollection(StoreCollections.DataProtectionKeys).FindAll()
            .OrderBy(d => d["added"].AsInt64).Select(d => d["xml"].AsString).ToList();
        return Task.FromResult(keys);
    }

    public Task AddAsync(string name, string xml, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db =>
        {
            var keys = db.GetCollection(StoreCollections.DataProtectionKeys);
            if (keys.FindById(name) is null)
            {
                keys.Insert(new BsonDocument { ["_id"] = name, ["xml"] = xml, ["added"] = keys.Count() + 1L });
            }
        }, cancellationToken);
}
