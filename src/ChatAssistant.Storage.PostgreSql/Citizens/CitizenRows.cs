using ChatAssistant.Core.Citizens;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Citizens;

/// <summary>Citizens to and from rows.</summary>
internal static class CitizenRows
{
    public const string Columns = "id, tenant_id, channel_id, channel_user_id, language, reachable, created_at, last_seen_at";

    /// <summary>Writes the citizen of @c_*; <paramref name="from"/> is "FROM head" to write only when a turn's version check won.</summary>
    public static string UpsertSql(string from = "") => $"""
        INSERT INTO citizens ({Columns})
        SELECT @c_id, @c_tenant, @c_channel, @c_user, @c_language, @c_reachable, @c_created, @c_last_seen {from}
        ON CONFLICT (id) DO UPDATE SET
            tenant_id = excluded.tenant_id, channel_id = excluded.channel_id, channel_user_id = excluded.channel_user_id,
            language = excluded.language, reachable = excluded.reachable, created_at = excluded.created_at, last_seen_at = excluded.last_seen_at
        """;

    public static void AddUpsertParameters(NpgsqlParameterCollection parameters, Citizen citizen) =>
        parameters
            .Text("c_id", citizen.Id)
            .Text("c_tenant", citizen.TenantId)
            .Text("c_channel", citizen.ChannelId)
            .Text("c_user", citizen.ChannelUserId)
            .Text("c_language", citizen.Language)
            .Boolean("c_reachable", citizen.Reachable)
            .Instant("c_created", citizen.CreatedAt)
            .Instant("c_last_seen", citizen.LastSeenAt);

    /// <summary>Reads a row selected with <see cref="Columns"/>, in that order.</summary>
    public static Citizen Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetString(0),
        TenantId = reader.GetString(1),
        ChannelId = reader.GetString(2),
        ChannelUserId = reader.GetString(3),
        Language = reader.IsDBNull(4) ? null : reader.GetString(4),
        Reachable = reader.GetBoolean(5),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(6),
        LastSeenAt = reader.GetFieldValue<DateTimeOffset>(7),
    };
}
