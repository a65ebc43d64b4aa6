using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Leases;

/// <summary>One document per lease: who holds it and until when (UTC ticks). Runs on the writer's thread, so checking and taking are one step.</summary>
internal static class LeaseDocuments
{
    public static bool TryAcquire(LiteDatabase db, string name, string holder, DateTimeOffset now, DateTimeOffset until)
    {
        var leases = db.GetCollection(StoreCollections.Leases);
        var current = leases.FindById(name);
        if (current is not null && current["holder"].AsString != holder && current["until"].AsInt64 > now.UtcTicks)
        {
            return false;
        }

        leases.Upsert(new BsonDocument { ["_id"] = name, ["holder"] = holder, ["until"] = until.UtcTicks });
        return true;
    }

    public static void Release(LiteDatabase db, string name, string holder)
    {
        var leases = db.GetCollection(StoreCollections.Leases);
        if (leases.FindById(name) is { } current && current["holder"].AsString == holder)
        {
            leases.Delete(name);
        }
    }
}
