using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Announcements.Subscriptions;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Announcements;

/// <summary>
/// Subscriptions (_id = tenant|citizen|neighbourhood), announcements (_id = id, JSON plus tenant and status) and
/// recipients (_id = announcement|citizen, indexed by announcement+status and by citizen). Writes run on the store's one
/// writer inside its transaction, so each check-then-write is one step no other write comes between.
/// </summary>
internal static class AnnouncementDocuments
{
    public const string Subscriptions = "announcement_subscriptions";
    public const string Announcements = "announcements";
    public const string Recipients = "announcement_recipients";

    public static void EnsureCollections(LiteDatabase db)
    {
        var subscriptions = db.GetCollection(Subscriptions);
        subscriptions.EnsureIndex("citizen", "$.citizen");
        subscriptions.EnsureIndex("area", "$.area");
        var announcements = db.GetCollection(Announcements);
        announcements.EnsureIndex("tenant", "$.tenant");
        announcements.EnsureIndex("status", "$.status");
        var recipients = db.GetCollection(Recipients);
        recipients.EnsureIndex("annStatus", "$.annStatus");
        recipients.EnsureIndex("ann", "$.ann");
        recipients.EnsureIndex("citizen", "$.citizen");
    }

    public static bool Subscribe(LiteDatabase db, Subscription s)
    {
        var collection = db.GetCollection(Subscriptions);
        var id = Key(s.TenantId, s.CitizenId, s.NeighbourhoodId);
        var existed = collection.FindById(id) is not null;
        collection.Upsert(new BsonDocument
        {
            ["_id"] = id, ["tenant"] = s.TenantId, ["citizen"] = s.CitizenId, ["nb"] = s.NeighbourhoodId, ["area"] = Key(s.TenantId, s.NeighbourhoodId),
            ["channel"] = s.ChannelId, ["chat"] = s.ChatId, ["lang"] = s.Language, ["consent"] = s.ConsentAt.UtcTicks,
        });
        return !existed;
    }

    public static bool Unsubscribe(LiteDatabase db, string tenantId, string citizenId, string neighbourhoodId) =>
        db.GetCollection(Subscriptions).Delete(Key(tenantId, citizenId, neighbourhoodId));

    public static int UnsubscribeAll(LiteDatabase db, string tenantId, string citizenId) =>
        db.GetCollection(Subscriptions).DeleteMany(Query.And(Query.EQ("citizen", citizenId), Query.EQ("tenant", tenantId)));

    public static IReadOnlyList<Subscription> SubscriptionsOf(LiteDatabase db, string tenantId, string citizenId) =>
        db.GetCollection(Subscriptions).Find(Query.EQ("citizen", citizenId)).Where(d => d["tenant"].AsString == tenantId).Select(ReadSubscription)
            .OrderBy(s => s.NeighbourhoodId, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<Subscription> Subscribers(LiteDatabase db, string tenantId, IReadOnlyList<string> neighbourhoodIds) =>
        neighbourhoodIds.Distinct().SelectMany(n => db.GetCollection(Subscriptions).Find(Query.EQ("area", Key(tenantId, n)))).Select(ReadSubscription).ToList();

    public static void Add(LiteDatabase db, Announcement a) => db.GetCollection(Announcements).Insert(ToDocument(a));

    public static Announcement? Get(LiteDatabase db, string tenantId, string id) =>
        db.GetCollection(Announcements).FindById(id) is { } d && d["tenant"].AsString == tenantId ? AnnouncementJson.Deserialize(d["json"].AsString) : null;

    public static IReadOnlyList<Announcement> List(LiteDatabase db, string tenantId, int max) =>
        db.GetCollection(Announcements).Find(Query.EQ("tenant", tenantId)).Select(d => AnnouncementJson.Deserialize(d["json"].AsString) with { Image = null })
            .OrderByDescending(a => a.CreatedAt).Take(max).ToList();

    public static IReadOnlyList<Announcement> ByStatus(LiteDatabase db, AnnouncementStatus status) =>
        db.GetCollection(Announcements).Find(Query.EQ("status", (int)status)).Select(d => AnnouncementJson.Deserialize(d["json"].AsString))
            .OrderBy(a => a.SendAt).ToList();

    public static Announcement? TryUpdate(LiteDatabase db, string tenantId, string id, IReadOnlyList<AnnouncementStatus> expected, Func<Announcement, Announcement> change)
    {
        if (Get(db, tenantId, id) is not { } current || !expected.Contains(current.Status))
        {
            return null;
        }

        var updated = change(current) with { Id = current.Id, TenantId = current.TenantId };
        db.GetCollection(Announcements).Update(ToDocument(updated));
        return updated;
    }

    public static void AddRecipients(LiteDatabase db, IReadOnlyList<Recipient> recipients)
    {
        var collection = db.GetCollection(Recipients);
        foreach (var r in recipients)
        {
            if (collection.FindById(Key(r.AnnouncementId, r.CitizenId)) is null)
            {
                collection.Insert(ToDocument(r));
            }
        }
    }

    public static IReadOnlyList<Recipient> RecipientsOf(LiteDatabase db, string announcementId, RecipientStatus? status, int max)
    {
        var query = status is { } s ? Query.EQ("annStatus", AnnStatus(announcementId, s)) : Query.EQ("ann", announcementId);
        return db.GetCollection(Recipients).Find(query).Select(ReadRecipient).OrderBy(r => r.CitizenId, StringComparer.Ordinal).Take(max).ToList();
    }

    public static bool TryUpdateRecipient(LiteDatabase db, string announcementId, string citizenId, IReadOnlyList<RecipientStatus> expected, RecipientStatus status,
        IReadOnlyList<long>? messageIds, string? error, DateTimeOffset at)
    {
        var collection = db.GetCollection(Recipients);
        if (collection.FindById(Key(announcementId, citizenId)) is not { } document || ReadRecipient(document) is not { } current || !expected.Contains(current.Status))
        {
            return false;
        }

        collection.Update(ToDocument(current with
        {
            Status = status,
            MessageIds = messageIds is { Count: > 0 } ? messageIds : current.MessageIds,
            Error = error ?? current.Error,
            UpdatedAt = at,
        }));
        return true;
    }

    public static DeliveryCounts Count(LiteDatabase db, string announcementId)
    {
        var collection = db.GetCollection(Recipients);
        return DeliveryCounts.From(Enum.GetValues<RecipientStatus>().Select(s => (s, collection.Count(Query.EQ("annStatus", AnnStatus(announcementId, s))))));
    }

    /// <summary>Erasure: the citizen's subscriptions and copies of announcements, inside the erasure's transaction.</summary>
    public static void EraseCitizen(LiteDatabase db, string citizenId)
    {
        db.GetCollection(Subscriptions).DeleteMany(Query.EQ("citizen", citizenId));
        db.GetCollection(Recipients).DeleteMany(Query.EQ("citizen", citizenId));
    }

    private static string Key(params string[] parts) => string.Join('|', parts);

    private static string AnnStatus(string announcementId, RecipientStatus status) => announcementId + "|" + (int)status;

    private static BsonDocument ToDocument(Announcement a) => new()
    {
        ["_id"] = a.Id, ["tenant"] = a.TenantId, ["status"] = (int)a.Status, ["json"] = AnnouncementJson.Serialize(a),
    };

    private static BsonDocument ToDocument(Recipient r) => new()
    {
        ["_id"] = Key(r.AnnouncementId, r.CitizenId), ["ann"] = r.AnnouncementId, ["citizen"] = r.CitizenId, ["annStatus"] = AnnStatus(r.AnnouncementId, r.Status),
        ["channel"] = r.ChannelId, ["chat"] = r.ChatId, ["lang"] = r.Language, ["status"] = (int)r.Status,
        ["ids"] = new BsonArray(r.MessageIds.Select(i => new BsonValue(i))), ["error"] = r.Error is null ? BsonValue.Null : new BsonValue(r.Error),
        ["updated"] = r.UpdatedAt.UtcTicks,
    };

    private static Recipient ReadRecipient(BsonDocument d) => new()
    {
        AnnouncementId = d["ann"].AsString, CitizenId = d["citizen"].AsString, ChannelId = d["channel"].AsString, ChatId = d["chat"].AsString,
        Language = d["lang"].AsString, Status = (RecipientStatus)d["status"].AsInt32, MessageIds = d["ids"].AsArray.Select(v => v.AsInt64).ToList(),
        Error = d["error"].IsNull ? null : d["error"].AsString, UpdatedAt = new DateTimeOffset(d["updated"].AsInt64, TimeSpan.Zero),
    };

    private static Subscription ReadSubscription(BsonDocument d) => new()
    {
        TenantId = d["tenant"].AsString, CitizenId = d["citizen"].AsString, NeighbourhoodId = d["nb"].AsString, ChannelId = d["channel"].AsString,
        ChatId = d["chat"].AsString, Language = d["lang"].AsString, ConsentAt = new DateTimeOffset(d["consent"].AsInt64, TimeSpan.Zero),
    };
}
