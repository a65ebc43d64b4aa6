using ChatAssistant.StaffConsole.Accounts;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Accounts;

/// <summary>The staff_accounts columns, read and written in one order.</summary>
internal static class StaffAccountRows
{
    public const string Columns = "id, email, display_name, role, tenant_id, skills, disabled, password_hash, must_change_password, failed_attempts, locked_until, created_at, neighbourhoods";

    public const string InsertSql = $"INSERT INTO staff_accounts ({Columns}) VALUES (@id, @email, @display_name, @role, @tenant_id, @skills, @disabled, @password_hash, @must_change_password, @failed_attempts, @locked_until, @created_at, @neighbourhoods) ON CONFLICT DO NOTHING";

    public const string UpdateSql = "UPDATE staff_accounts SET display_name = @display_name, role = @role, tenant_id = @tenant_id, skills = @skills, disabled = @disabled, " +
        "password_hash = @password_hash, must_change_password = @must_change_password, failed_attempts = @failed_attempts, locked_until = @locked_until, neighbourhoods = @neighbourhoods WHERE id = @id";

    public static StaffAccount Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Email = reader.GetString(1),
        DisplayName = reader.GetString(2),
        Role = reader.GetString(3),
        Tenant = reader.GetString(4),
        Skills = reader.GetFieldValue<string[]>(5),
        Disabled = reader.GetBoolean(6),
        PasswordHash = reader.GetString(7),
        MustChangePassword = reader.GetBoolean(8),
        FailedAttempts = reader.GetInt32(9),
        LockedUntil = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(11),
        Neighbourhoods = reader.GetFieldValue<string[]>(12),
    };

    public static void AddParameters(NpgsqlParameterCollection p, StaffAccount a)
    {
        p.Text("id", a.Id).Text("email", a.Email).Text("display_name", a.DisplayName).Text("role", a.Role).Text("tenant_id", a.Tenant)
            .TextArray("skills", [.. a.Skills]).Boolean("disabled", a.Disabled).Text("password_hash", a.PasswordHash)
            .Boolean("must_change_password", a.MustChangePassword).Integer("failed_attempts", a.FailedAttempts).Instant("created_at", a.CreatedAt)
            .TextArray("neighbourhoods", [.. a.Neighbourhoods]);
        if (a.LockedUntil is { } until)
        {
            p.Instant("locked_until", until);
        }
        else
        {
            p.Add(new NpgsqlParameter("locked_until", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = DBNull.Value });
        }
    }
}
