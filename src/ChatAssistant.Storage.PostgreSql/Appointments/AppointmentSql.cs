namespace ChatAssistant.Storage.PostgreSql.Appointments;

/// <summary>The statements of the appointment store (schema 0004_appointments).</summary>
internal static class AppointmentSql
{
    /// <summary>Takes a place: a row comes back only while the slot is below capacity. Racing callers queue on the row lock and see the count the winner left.</summary>
    public const string TakePlace = """
        INSERT INTO appointment_slots AS s (slot_key, booked) VALUES (@slot, 1)
        ON CONFLICT (slot_key) DO UPDATE SET booked = s.booked + 1 WHERE s.booked < @capacity
        RETURNING booked
        """;

    public const string FreePlace = "UPDATE appointment_slots SET booked = booked - 1 WHERE slot_key = @slot AND booked > 0";

    public const string Insert = """
        INSERT INTO appointments (tenant_id, code, slot_key, desk_id, citizen_id, start_at, status, booking)
        VALUES (@tenant, @code, @slot, @desk, @citizen, @start, 0, @json)
        ON CONFLICT (tenant_id, code) DO NOTHING
        RETURNING 1
        """;

    public const string Lock = "SELECT booking::text, status FROM appointments WHERE tenant_id = @tenant AND code = @code FOR UPDATE";

    public const string Update = "UPDATE appointments SET slot_key = @slot, start_at = @start, booking = @json WHERE tenant_id = @tenant AND code = @code";

    public const string Cancel = """
        UPDATE appointments SET status = 1 WHERE tenant_id = @tenant AND code = @code AND status = 0
        RETURNING slot_key
        """;

    public const string CancelReminders = """
        UPDATE appointment_reminders SET status = 4, claimed_until = NULL
        WHERE tenant_id = @tenant AND code = @code AND status IN (0, 1)
        """;

    public const string InsertReminder = """
        INSERT INTO appointment_reminders (id, tenant_id, code, due_at, status) VALUES (@id, @tenant, @code, @due, 0)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string Get = "SELECT booking::text, status FROM appointments WHERE tenant_id = @tenant AND code = @code";

    public const string ByCitizen = """
        SELECT booking::text, status FROM appointments
        WHERE tenant_id = @tenant AND citizen_id = @citizen AND status = 0 AND start_at >= @from ORDER BY start_at
        """;

    public const string ByDesk = """
        SELECT booking::text, status FROM appointments
        WHERE tenant_id = @tenant AND desk_id = @desk AND status <> 1 AND start_at >= @from AND start_at < @to ORDER BY start_at
        """;

    /// <summary>The desk's mark on the agenda; the place stays held (the slot's counter is unchanged).</summary>
    public const string Mark = """
        UPDATE appointments SET status = @status, booking = jsonb_set(booking, '{status}', to_jsonb(@status))
        WHERE tenant_id = @tenant AND code = @code AND status <> 1
        RETURNING 1
        """;

    /// <summary>
    /// Citizen erasure, inside its transaction: bookings still to come (or never marked) and cancelled ones go with
    /// their reminders, and the active ones give their places back; a booking marked arrived or no-show stays for the
    /// desk's figures with nothing that names the citizen.
    /// </summary>
    public const string EraseCitizen = """
        WITH theirs AS (
            SELECT tenant_id, code, slot_key, status FROM appointments WHERE citizen_id = @citizen FOR UPDATE
        ), reminders AS (
            DELETE FROM appointment_reminders r USING theirs t WHERE r.tenant_id = t.tenant_id AND r.code = t.code
        ), freed AS (
            UPDATE appointment_slots s SET booked = greatest(s.booked - f.n, 0)
            FROM (SELECT slot_key, count(*)::int AS n FROM theirs WHERE status = 0 GROUP BY slot_key) f
            WHERE s.slot_key = f.slot_key
        ), kept AS (
            UPDATE appointments a
            SET citizen_id = '', booking = a.booking || '{"name": "", "phone": null, "citizenId": "", "chatId": ""}'::jsonb
            FROM theirs t WHERE a.tenant_id = t.tenant_id AND a.code = t.code AND t.status IN (2, 3)
        )
        DELETE FROM appointments a USING theirs t WHERE a.tenant_id = t.tenant_id AND a.code = t.code AND t.status IN (0, 1)
        """;

    public const string ReminderColumns = "id, tenant_id, code, due_at, status, claimed_until";

    public const string GetReminder = $"SELECT {ReminderColumns} FROM appointment_reminders WHERE id = @id";

    public const string PendingReminders = $"""
        SELECT {ReminderColumns} FROM appointment_reminders
        WHERE status IN (0, 1) AND due_at < @before AND (status = 0 OR claimed_until <= @now) ORDER BY due_at
        """;

    /// <summary>One statement: of several jobs exactly one finds the row still claimable.</summary>
    public const string Claim = """
        UPDATE appointment_reminders SET status = 1, claimed_until = @until
        WHERE id = @id AND (status = 0 OR (status = 1 AND claimed_until <= @now))
        RETURNING 1
        """;

    public const string Complete = "UPDATE appointment_reminders SET status = @status, claimed_until = NULL WHERE id = @id AND status IN (0, 1)";
}
