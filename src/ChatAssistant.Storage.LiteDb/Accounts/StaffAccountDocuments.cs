using ChatAssistant.StaffConsole.Accounts;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Accounts;

/// <summary>One document per console account; the unique "email" index refuses a second account of one address.</summary>
internal static class StaffAccountDocuments
{
    public static BsonDocument ToDocument(StaffAccount a) => new()
    {
        ["_id"] = a.Id,
        ["email"] = a.Email,
        ["displayName"] = a.DisplayName,
        ["role"] = a.Role,
        ["tenant"] = a.Tenant,
        ["skills"] = new BsonArray(a.Skills.Select(s => new BsonValue(s))),
        ["neighbourhoods"] = new BsonArray(a.Neighbourhoods.Select(s => new BsonValue(s))),
        ["disabled"] = a.Disabled,
        ["passwordHash"] = a.PasswordHash,
        ["mustChange"] = a.MustChangePassword,
        ["failed"] = a.FailedAttempts,
        ["lockedUntil"] = a.LockedUntil is { } until ? new BsonValue(until.UtcTicks) : BsonValue.Null,
        ["created"] = a.CreatedAt.UtcTicks,
    };

    public static StaffAccount FromDocument(BsonDocument d) => new()
    {
        Id = d["_id"].AsString,
        Email = d["email"].AsString,
        DisplayName = d["displayName"].AsString,
        Role = d["role"].AsString,
        Tenant = d["tenant"].AsString,
        Skills = d["skills"].AsArray.Select(v => v.AsString).ToList(),
        Neighbourhoods = d["neighbourhoods"].IsArray ? d["neighbourhoods"].AsArray.Select(v => v.AsString).ToList() : [],
        Disabled = d["disabled"].AsBoolean,
        PasswordHash = d["passwordHash"].AsString,
        MustChangePassword = d["mustChange"].AsBoolean,
        FailedAttempts = d["failed"].AsInt32,
        LockedUntil = d["lockedUntil"].IsNull ? null : new DateTimeOffset(d["lockedUntil"].AsInt64, TimeSpan.Zero),
        CreatedAt = new DateTimeOffset(d["created"].AsInt64, TimeSpan.Zero),
    };

    public static bool TryAdd(LiteDatabase db, StaffAccount account)
    {
        var accounts = db.GetCollection(StoreCollections.StaffAccounts);
        if (accounts.FindById(account.Id) is not null || accounts.FindOne(Query.EQ("email", account.Email)) is not null)
        {
            return false;
        }

        accounts.Insert(ToDocument(account));
        return true;
    }

    public static StaffAccount? Update(LiteDatabase db, string id, Func<StaffAccount, StaffAccount> change)
    {
        var accounts = db.GetCollection(StoreCollections.StaffAccounts);
        if (accounts.FindById(id) is not { } current)
        {
            return null;
        }

        var before = FromDocument(current);
        var after = change(before) with { Id = before.Id, Email = before.Email, CreatedAt = before.CreatedAt };
        accounts.Update(ToDocument(after));
        return after;
    }
}
