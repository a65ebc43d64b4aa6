using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Secrets;

/// <summary>Secrets the service made for itself, one document each.</summary>
internal static class SecretDocuments
{
    public static string? Read(LiteDatabase db, string name) =>
        db.GetCollection(StoreCollections.Secrets).FindById(name)?["value"].AsString;

    /// <summary>Stores <paramref name="value"/> unless a secret of that name is already there; returns the one stored.</summary>
    public static string AddIfMissing(LiteDatabase db, string name, string value)
    {
        if (Read(db, name) is { } stored)
        {
            return stored;
        }

        db.GetCollection(StoreCollections.Secrets).Insert(new BsonDocument { ["_id"] = name, ["value"] = value });
        return value;
    }
}
