// The reminders benchmark's seeder (driver: ../run.mjs). Books N appointments at Milano's example desk straight in
// the store, each with ONE reminder due at --due (the same instant for all), chats 300000.. (one per booking, so
// Telegram's 1 a second per chat never binds and the bot's 30 a second does). The host started afterwards finds the
// pending reminders through its reconciler and hands them to Hangfire, as after any restart.
//   dotnet ReminderSeeder.dll (--litedb DIR | --postgres CONNECTION) --reminders 5000 --due 2026-12-05T15:50:00Z
using System.Globalization;
using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Storage;
using ChatAssistant.Storage.LiteDb;
using ChatAssistant.Storage.LiteDb.Appointments;
using ChatAssistant.Storage.PostgreSql;
using ChatAssistant.Storage.PostgreSql.Appointments;
using ChatAssistant.Storage.PostgreSql.Schema;

string? Get(string name)
{
    var i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

var count = int.Parse(Get("reminders") ?? "5000", CultureInfo.InvariantCulture);
var due = DateTimeOffset.Parse(Get("due") ?? throw new ArgumentException("--due is required."), CultureInfo.InvariantCulture);
IAppointmentStore store;
IAsyncDisposable owner;
if (Get("postgres") is { } connection)
{
    var source = PostgreSqlDataSource.Create(connection, new PostgreSqlStorageOptions());
    await PostgreSqlSchema.MigrateAsync(source);
    (store, owner) = (new PostgreSqlAppointmentStore(source), source);
}
else
{
    var lite = new LiteDbStore(Get("litedb") ?? throw new ArgumentException("--litedb DIR or --postgres CONNECTION is required."));
    (store, owner) = (new LiteDbAppointmentStore(lite), lite);
}

// Appointments a day after the reminders, one a minute, so each has its own slot (capacity 1) and is far enough away
// for the reminder to go (more than 30 minutes).
var first = due.AddDays(1);
await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
{
    var code = "B" + i.ToString("D5", CultureInfo.InvariantCulture);
    var start = first.AddMinutes(i);
    var booking = new Booking
    {
        TenantId = "milano", Code = code, DeskId = "sportello-municipio-2", ServiceId = "facilitazione-digitale",
        Start = start, End = start.AddMinutes(30), CitizenId = "milano:telegram:" + (300_000 + i).ToString(CultureInfo.InvariantCulture),
        ChannelId = "telegram", ChatId = (300_000 + i).ToString(CultureInfo.InvariantCulture), Name = "Bench " + i.ToString(CultureInfo.InvariantCulture),
        CreatedAt = due.AddHours(-1),
    };
    var reminder = new Reminder { Id = Reminder.IdOf("milano", code, start, start - due), TenantId = "milano", Code = code, DueAt = due };
    var outcome = await store.TryBookAsync(booking, 1, [reminder], ct);
    if (outcome != BookOutcome.Booked)
    {
        throw new InvalidOperationException($"Booking {code} was not stored: {outcome}.");
    }
});

await owner.DisposeAsync();
Console.WriteLine($"SEEDED {count} reminders due {due:O}");
