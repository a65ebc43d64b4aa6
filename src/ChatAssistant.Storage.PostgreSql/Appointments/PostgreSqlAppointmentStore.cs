using ChatAssistant.Appointments.Bookings;
using ChatAssistant.Appointments.Reminders;
using ChatAssistant.Appointments.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Appointments;

/// <summary>
/// Bookings and reminders on PostgreSQL. Capacity holds across hosts because a place is taken by a conditional upsert
/// on the slot's counter inside the booking's transaction; a rolled-back booking gives its place back with it.
/// </summary>
public sealed class PostgreSqlAppointmentStore(NpgsqlDataSource dataSource) : IAppointmentStore
{
    public Task<BookOutcome> TryBookAsync(Booking booking, int capacity, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (!await TakePlaceAsync(connection, transaction, booking.SlotKey, capacity, cancellationToken))
            {
                return BookOutcome.SlotFull;
            }

            await using (var insert = new NpgsqlCommand(AppointmentSql.Insert, connection, transaction))
            {
                insert.Parameters.Text("tenant", booking.TenantId).Text("code", booking.Code).Text("slot", booking.SlotKey).Text("desk", booking.DeskId)
                    .Text("citizen", booking.CitizenId).Instant("start", booking.Start).Jsonb("json", AppointmentJson.Serialize(booking));
                if (await insert.ExecuteScalarAsync(cancellationToken) is null)
                {
                    return BookOutcome.CodeTaken;
                }
            }

            await InsertRemindersAsync(connection, transaction, reminders, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return BookOutcome.Booked;
        }, cancellationToken);

    public Task<BookOutcome> TryMoveAsync(string tenantId, string code, DateTimeOffset start, DateTimeOffset end, int capacity, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            Booking? current;
            await using (var lockRow = new NpgsqlCommand(AppointmentSql.Lock, connection, transaction))
            {
                lockRow.Parameters.Text("tenant", tenantId).Text("code", code);
                current = (await ReadBookingsAsync(lockRow, cancellationToken)).SingleOrDefault();
            }

            if (current is not { Status: BookingStatus.Active })
            {
                return BookOutcome.NotFound;
            }

            var moved = current with { Start = start, End = end };
            if (moved.SlotKey != current.SlotKey)
            {
                if (!await TakePlaceAsync(connection, transaction, moved.SlotKey, capacity, cancellationToken))
                {
                    return BookOutcome.SlotFull;
                }

                await FreePlaceAsync(connection, transaction, current.SlotKey, cancellationToken);
            }

            await using (var update = new NpgsqlCommand(AppointmentSql.Update, connection, transaction))
            {
                update.Parameters.Text("slot", moved.SlotKey).Instant("start", start).Jsonb("json", AppointmentJson.Serialize(moved)).Text("tenant", tenantId).Text("code", code);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await CancelRemindersAsync(connection, transaction, tenantId, code, cancellationToken);
            await InsertRemindersAsync(connection, transaction, reminders, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return BookOutcome.Booked;
        }, cancellationToken);

    public Task<bool> CancelAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var cancel = new NpgsqlCommand(AppointmentSql.Cancel, connection, transaction);
            cancel.Parameters.Text("tenant", tenantId).Text("code", code);
            if (await cancel.ExecuteScalarAsync(cancellationToken) is not string slot)
            {
                return false;
            }

            await FreePlaceAsync(connection, transaction, slot, cancellationToken);
            await CancelRemindersAsync(connection, transaction, tenantId, code, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);

    public async Task<Booking?> GetAsync(string tenantId, string code, CancellationToken cancellationToken = default) =>
        (await QueryBookingsAsync(AppointmentSql.Get, p => p.Text("tenant", tenantId).Text("code", code), cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Booking>> ListByCitizenAsync(string tenantId, string citizenId, DateTimeOffset from, CancellationToken cancellationToken = default) =>
        QueryBookingsAsync(AppointmentSql.ByCitizen, p => p.Text("tenant", tenantId).Text("citizen", citizenId).Instant("from", from), cancellationToken);

    public Task<IReadOnlyList<Booking>> ListByDeskAsync(string tenantId, string deskId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        QueryBookingsAsync(AppointmentSql.ByDesk, p => p.Text("tenant", tenantId).Text("desk", deskId).Instant("from", from).Instant("to", to), cancellationToken);

    public Task<bool> MarkAsync(string tenantId, string code, BookingStatus outcome, CancellationToken cancellationToken = default) =>
        outcome is BookingStatus.Arrived or BookingStatus.NoShow
            ? DatabaseCalls.RunAsync(dataSource, async connection =>
            {
                await using var command = new NpgsqlCommand(AppointmentSql.Mark, connection);
                command.Parameters.Text("tenant", tenantId).Text("code", code).Smallint("status", (short)outcome);
                return await command.ExecuteScalarAsync(cancellationToken) is not null;
            }, cancellationToken)
            : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A booking is marked Arrived or NoShow.");

    public async Task<Reminder?> GetReminderAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryRemindersAsync(AppointmentSql.GetReminder, p => p.Text("id", id), cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Reminder>> ListPendingRemindersAsync(DateTimeOffset now, DateTimeOffset dueBefore, CancellationToken cancellationToken = default) =>
        QueryRemindersAsync(AppointmentSql.PendingReminders, p => p.Instant("now", now).Instant("before", dueBefore), cancellationToken);

    public Task<bool> TryClaimReminderAsync(string id, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(AppointmentSql.Claim, connection);
            command.Parameters.Text("id", id).Instant("now", now).Instant("until", claimUntil);
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        }, cancellationToken);

    public Task CompleteReminderAsync(string id, ReminderStatus status, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(AppointmentSql.Complete, connection);
            command.Parameters.Text("id", id).Smallint("status", (short)status);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private static async Task<bool> TakePlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string slot, int capacity, CancellationToken cancellationToken)
    {
        await using var take = new NpgsqlCommand(AppointmentSql.TakePlace, connection, transaction);
        take.Parameters.Text("slot", slot).Integer("capacity", capacity);
        return await take.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task FreePlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string slot, CancellationToken cancellationToken)
    {
        await using var free = new NpgsqlCommand(AppointmentSql.FreePlace, connection, transaction);
        free.Parameters.Text("slot", slot);
        await free.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CancelRemindersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string tenantId, string code, CancellationToken cancellationToken)
    {
        await using var cancel = new NpgsqlCommand(AppointmentSql.CancelReminders, connection, transaction);
        cancel.Parameters.Text("tenant", tenantId).Text("code", code);
        await cancel.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertRemindersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        foreach (var reminder in reminders)
        {
            await using var insert = new NpgsqlCommand(AppointmentSql.InsertReminder, connection, transaction);
            insert.Parameters.Text("id", reminder.Id).Text("tenant", reminder.TenantId).Text("code", reminder.Code).Instant("due", reminder.DueAt);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private Task<IReadOnlyList<Booking>> QueryBookingsAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            bind(command.Parameters);
            return await ReadBookingsAsync(command, cancellationToken);
        }, cancellationToken);

    /// <summary>The status column is the truth (cancelling changes only it); the JSON carries the rest.</summary>
    private static async Task<IReadOnlyList<Booking>> ReadBookingsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var bookings = new List<Booking>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            bookings.Add(AppointmentJson.Deserialize(reader.GetString(0)) with { Status = (BookingStatus)reader.GetInt16(1) });
        }

        return bookings;
    }

    private Task<IReadOnlyList<Reminder>> QueryRemindersAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync<IReadOnlyList<Reminder>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            bind(command.Parameters);
            var reminders = new List<Reminder>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                reminders.Add(new Reminder
                {
                    Id = reader.GetString(0),
                    TenantId = reader.GetString(1),
                    Code = reader.GetString(2),
                    DueAt = reader.GetFieldValue<DateTimeOffset>(3),
                    Status = (ReminderStatus)reader.GetInt16(4),
                    ClaimedUntil = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                });
            }

            return reminders;
        }, cancellationToken);
}
