using System.Globalization;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb;

/// <summary>The collections of the data file and the indexes their queries use.</summary>
internal static class StoreCollections
{
    public const string Conversations = "conversations";
    /// <summary>One document per append (a turn's activities); _id = conversation + last sequence, so a transcript page is one range of the primary key.</summary>
    public const string Transcript = "transcript";
    public const string Citizens = "citizens";
    public const string Outbox = "outbox";
    public const string Counters = "counters";
    public const string Leases = "leases";
    public const string Secrets = "secrets";
    public const string StaffAccounts = "staffAccounts";
    public const string DataProtectionKeys = "dataProtectionKeys";
    public const string HandoffTickets = "handoff_tickets";
    public const string CannedReplies = "handoff_canned";
    public const string VolunteerPresence = "handoff_presence";

    /// <summary>
    /// Creates every collection and index at open, before any reader: LiteDB 5.0.20 failed a reader that looked up a
    /// collection another thread was creating in an open transaction ("page type must be collection page").
    /// </summary>
    public static void EnsureCollections(LiteDatabase db)
    {
        foreach (var name in new[] { Transcript, Citizens, Counters, Leases, Secrets, StaffAccounts, DataProtectionKeys, CannedReplies, VolunteerPresence, Appointments.LiteDbDeskStore.Collection })
        {
            if (!db.CollectionExists(name))
            {
                var collection = db.GetCollection(name);
                collection.Insert(new BsonDocument { ["_id"] = "created" });
                collection.Delete("created");
            }
        }

        db.GetCollection(Conversations).EnsureIndex("citizen", "$.citizen");
        db.GetCollection(Transcript).EnsureIndex("newest", "$.newest");
        var outbox = db.GetCollection(Outbox);
        outbox.EnsureIndex("queue", "$.queue");
        outbox.EnsureIndex("chatQueue", "$.chatQueue");
        outbox.EnsureIndex("botStatus", "$.botStatus");
        outbox.EnsureIndex("chat", "$.chat");
        Appointments.AppointmentDocuments.EnsureCollections(db);
        CivicReports.CivicReportDocuments.EnsureCollections(db);
        Announcements.AnnouncementDocuments.EnsureCollections(db);
        db.GetCollection(StaffAccounts).EnsureIndex("email", "$.email", unique: true);
        db.GetCollection(StaffAccounts).EnsureIndex("tenant", "$.tenant");
        var tickets = db.GetCollection(HandoffTickets);
        tickets.EnsureIndex("tenantStatus", "$.tenantStatus");
        tickets.EnsureIndex("conversation", "$.conversation");
        tickets.EnsureIndex("chat", "$.chat");
        tickets.EnsureIndex("closedTicks", "$.closedTicks");
        db.GetCollection(VolunteerPresence).EnsureIndex("tenant", "$.tenant");
        Reports.UsageDocuments.EnsureCollections(db);
    }
}

/// <summary>
/// Composite string keys that sort like the tuple they encode. A part is prefixed with its length, so that one
/// conversation's range can never contain another's whatever characters their ids hold; numbers are zero-padded.
/// The file uses ordinal comparison, so these sort byte by byte.
/// </summary>
internal static class OrderedKey
{
    /// <summary>Sorts after every digit and separator used in keys: the open end of a range.</summary>
    public const string End = "~";

    public static string Part(string value) => string.Create(CultureInfo.InvariantCulture, $"{value.Length:D5}:{value}|");

    public static string Number(long value) => value.ToString("D19", CultureInfo.InvariantCulture);
}
