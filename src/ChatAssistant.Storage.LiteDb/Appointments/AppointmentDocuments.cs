using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Storage;
using LiteDB;

namespace ChatAssistant.Storage.LiteDb.Appointments;

/// <summary>
/// Bookings (_id = tenant|code, indexed by slot, citizen and desk) and reminders (_id = reminder id, indexed by status).
/// The write methods run on the writer's thread inside its transaction, so counting a slot's bookings and adding one
/// is a single step that no other write can come between.
/// </summary>
internal static class AppointmentDocuments
{
    public const string Bookings = "appointments";
    public const string Reminders = "appointment_reminders";

    public static void EnsureCollections(LiteDatabase db)
    {
        var bookings = db.GetCollection(Bookings);
        bookings.EnsureIndex("slot", "$.slot");
        bookings.EnsureIndex("citizen", "$.citizen");
        bookings.EnsureIndex("desk", "$.desk");
        db.GetCollection(Reminders).EnsureIndex("status", "$.status");
    }

    public static BookOutcome Book(LiteDatabase db, Booking booking, int capacity, IReadOnlyList<Reminder> reminders)
    {
        var bookings = db.GetCollection(Bookings);
        if (bookings.FindById(Id(booking.TenantId, booking.Code)) is not null)
        {
            return BookOutcome.CodeTaken;
        }

        if (ActiveIn(bookings, booking.SlotKey) >= capacity)
        {
            return BookOutcome.SlotFull;
        }

        bookings.Insert(ToDocument(booking));
        AddReminders(db, reminders);
        return BookOutcome.Booked;
    }

    public static BookOutcome Move(LiteDatabase db, string tenantId, string code, DateTimeOffset start, DateTimeOffset end, int capacity, IReadOnlyList<Reminder> reminders)
    {
        var bookings = db.GetCollection(Bookings);
        if (Read(bookings.FindById(Id(tenantId, code))) is not { Status: BookingStatus.Active } booking)
        {
            return BookOutcome.NotFound;
        }

        var moved = booking with { Start = start, End = end };
        if (moved.SlotKey != booking.SlotKey && ActiveIn(bookings, moved.SlotKey) >= capacity)
        {
            return BookOutcome.SlotFull;
        }

        bookings.Update(ToDocument(moved));
        CancelReminders(db, tenantId, code);
        AddReminders(db, reminders);
        return BookOutcome.Booked;
    }

    public static bool Cancel(LiteDatabase db, string tenantId, string code)
    {
        var bookings = db.GetCollection(Bookings);
        if (Read(bookings.FindById(Id(tenantId, code))) is not { Status: BookingStatus.Active } booking)
        {
            return false;
        }

        bookings.Update(ToDocument(booking with { Status = BookingStatus.Cancelled }));
        CancelReminders(db, tenantId, code);
        return true;
    }

    public static bool Mark(LiteDatabase db, string tenantId, string code, BookingStatus outcome)
    {
        var bookings = db.GetCollection(Bookings);
        if (Read(bookings.FindById(Id(tenantId, code))) is not { } booking || booking.Status == BookingStatus.Cancelled)
        {
            return false;
        }

        bookings.Update(ToDocument(booking with { Status = outcome }));
        return true;
    }

    /// <summary>
    /// Citizen erasure: bookings still to come (or never marked) and cancelled ones go with their reminders, which frees
    /// their places; a booking the desk marked arrived or no-show stays for the desk's figures with nothing that names
    /// the citizen (name, phone, citizen and chat ids blanked).
    /// </summary>
    public static void EraseCitizen(LiteDatabase db, string citizenId)
    {
        var tenantId = citizenId.Split(':')[0];
        var bookings = db.GetCollection(Bookings);
        var reminders = db.GetCollection(Reminders);
        foreach (var document in bookings.Find(Query.EQ("citizen", Key(tenantId, citizenId))).ToList())
        {
            var booking = Read(document)!;
            reminders.DeleteMany(Query.EQ("booking", document["_id"].AsString));
            if (booking.Status is BookingStatus.Arrived or BookingStatus.NoShow)
            {
                bookings.Update(ToDocument(booking with { Name = "", Phone = null, CitizenId = "", ChatId = "" }));
            }
            else
            {
                bookings.Delete(document["_id"]);
            }
        }
    }

    public static Booking? Get(LiteDatabase db, string tenantId, string code) => Read(db.GetCollection(Bookings).FindById(Id(tenantId, code)));

    public static IReadOnlyList<Booking> Find(LiteDatabase db, string index, string value, Func<Booking, bool> keep) =>
        db.GetCollection(Bookings).Find(Query.EQ(index, value)).Select(d => Read(d)!).Where(keep)
            .OrderBy(b => b.Start).ToList();

    public static string Key(string tenantId, string part) => tenantId + "|" + part;

    public static Reminder? GetReminder(LiteDatabase db, string id) => ReadReminder(db.GetCollection(Reminders).FindById(id));

    public static IReadOnlyList<Reminder> Pending(LiteDatabase db, DateTimeOffset now, DateTimeOffset dueBefore) =>
        db.GetCollection(Reminders).Find(Query.In("status", (int)ReminderStatus.Pending, (int)ReminderStatus.Sending))
            .Select(d => ReadReminder(d)!)
            .Where(r => r.DueAt < dueBefore && (r.Status == ReminderStatus.Pending || r.ClaimedUntil <= now))
            .OrderBy(r => r.DueAt).ToList();

    public static bool Claim(LiteDatabase db, string id, DateTimeOffset now, DateTimeOffset until)
    {
        var reminders = db.GetCollection(Reminders);
        if (ReadReminder(reminders.FindById(id)) is not { } reminder
            || !(reminder.Status == ReminderStatus.Pending || (reminder.Status == ReminderStatus.Sending && reminder.ClaimedUntil <= now)))
        {
            return false;
        }

        reminders.Update(ToDocument(reminder with { Status = ReminderStatus.Sending, ClaimedUntil = until }));
        return true;
    }

    public static void Complete(LiteDatabase db, string id, ReminderStatus status)
    {
        var reminders = db.GetCollection(Reminders);
        if (ReadReminder(reminders.FindById(id)) is { Status: ReminderStatus.Pending or ReminderStatus.Sending } reminder)
        {
            reminders.Update(ToDocument(reminder with { Status = status, ClaimedUntil = null }));
        }
    }

    /// <summary>Bookings holding a place: a mark on the day's agenda keeps it held.</summary>
    private static int ActiveIn(ILiteCollection<BsonDocument> bookings, string slotKey) =>
        bookings.Count(Query.And(Query.EQ("slot", slotKey), Query.Not("status", (int)BookingStatus.Cancelled)));

    private static void AddReminders(LiteDatabase db, IReadOnlyList<Reminder> reminders)
    {
        var collection = db.GetCollection(Reminders);
        foreach (var reminder in reminders)
        {
            collection.Upsert(ToDocument(reminder));
        }
    }

    private static void CancelReminders(LiteDatabase db, string tenantId, string code)
    {
        var collection = db.GetCollection(Reminders);
        var open = collection.Find(Query.And(Query.EQ("booking", Id(tenantId, code)), Query.In("status", (int)ReminderStatus.Pending, (int)ReminderStatus.Sending))).ToList();
        foreach (var document in open)
        {
            collection.Update(ToDocument(ReadReminder(document)! with { Status = ReminderStatus.Cancelled, ClaimedUntil = null }));
        }
    }

    private static string Id(string tenantId, string code) => tenantId + "|" + code;

    private static BsonDocument ToDocument(Booking b) => new()
    {
        ["_id"] = Id(b.TenantId, b.Code),
        ["slot"] = b.SlotKey,
        ["citizen"] = Key(b.TenantId, b.CitizenId),
        ["desk"] = Key(b.TenantId, b.DeskId),
        ["status"] = (int)b.Status,
        ["json"] = AppointmentJson.Serialize(b),
    };

    private static Booking? Read(BsonDocument? document) => document is null ? null : AppointmentJson.Deserialize(document["json"].AsString);

    private static BsonDocument ToDocument(Reminder r) => new()
    {
        ["_id"] = r.Id,
        ["tenant"] = r.TenantId,
        ["code"] = r.Code,
        ["booking"] = Id(r.TenantId, r.Code),
        ["due"] = r.DueAt.UtcTicks,
        ["status"] = (int)r.Status,
        ["claimedUntil"] = r.ClaimedUntil is { } until ? until.UtcTicks : BsonValue.Null,
    };

    private static Reminder? ReadReminder(BsonDocument? d) => d is null ? null : new Reminder
    {
        Id = d["_id"].AsString,
        TenantId = d["tenant"].AsString,
        Code = d["code"].AsString,
        DueAt = new DateTimeOffset(d["due"].AsInt64, TimeSpan.Zero),
        Status = (ReminderStatus)d["status"].AsInt32,
        ClaimedUntil = d["claimedUntil"].IsNull ? null : new DateTimeOffset(d["claimedUntil"].AsInt64, TimeSpan.Zero),
    };
}
