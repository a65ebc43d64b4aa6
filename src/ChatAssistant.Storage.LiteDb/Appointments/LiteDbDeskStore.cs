using ChatAssistant.Appointments.Desks;
using ChatAssistant.Appointments.Storage;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Appointments;

/// <summary>
/// Each tenant's edited desks as one document (_id = tenant, version, updated, json). Writes go through the store's one
/// writer, so checking the version and replacing the document is one step no other write comes between.
/// </summary>
public sealed class LiteDbDeskStore(LiteDbStore store) : IDeskStore
{
    public const string Collection = "appointment_desks";

    public Task<IReadOnlyList<DeskSet>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeskSet>>(store.Database.GetCollection(Collection).FindAll().Select(Read).ToList());

    public Task<bool> SeedAsync(DeskSet seed, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db =>
        {
            var desks = db.GetCollection(Collection);
            if (desks.FindById(seed.TenantId) is not null)
            {
                return false;
            }

            desks.Insert(ToDocument(seed));
            return true;
        }, cancellationToken);

    public Task<bool> TrySaveAsync(DeskSet desks, CancellationToken cancellationToken = default) =>
        store.Writer.Write(db =>
        {
            var collection = db.GetCollection(Collection);
            if (collection.FindById(desks.TenantId) is not { } current || current["version"].AsInt64 != desks.Version - 1)
            {
                return false;
            }

            collection.Update(ToDocument(desks));
            return true;
        }, cancellationToken);

    private static BsonDocument ToDocument(DeskSet desks) => new()
    {
        ["_id"] = desks.TenantId,
        ["version"] = desks.Version,
        ["updated"] = desks.UpdatedAt.UtcTicks,
        ["json"] = DeskSetJson.Serialize(desks),
    };

    private static DeskSet Read(BsonDocument d) =>
        DeskSetJson.Deserialize(d["_id"].AsString, d["version"].AsInt64, new DateTimeOffset(d["updated"].AsInt64, TimeSpan.Zero), d["json"].AsString);
}
