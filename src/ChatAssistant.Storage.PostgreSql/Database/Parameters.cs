using Npgsql;
using NpgsqlTypes;

namespace ChatAssistant.Storage.PostgreSql.Database;

/// <summary>Typed parameters: PostgreSQL's types are said once here, not guessed from values.</summary>
internal static class Parameters
{
    public static NpgsqlParameterCollection Text(this NpgsqlParameterCollection parameters, string name, string? value) =>
        parameters.Typed(name, NpgsqlDbType.Text, value);

    public static NpgsqlParameterCollection Jsonb(this NpgsqlParameterCollection parameters, string name, string value) =>
        parameters.Typed(name, NpgsqlDbType.Jsonb, value);

    public static NpgsqlParameterCollection Bigint(this NpgsqlParameterCollection parameters, string name, long value) =>
        parameters.Typed(name, NpgsqlDbType.Bigint, value);

    public static NpgsqlParameterCollection Integer(this NpgsqlParameterCollection parameters, string name, int value) =>
        parameters.Typed(name, NpgsqlDbType.Integer, value);

    public static NpgsqlParameterCollection Boolean(this NpgsqlParameterCollection parameters, string name, bool value) =>
        parameters.Typed(name, NpgsqlDbType.Boolean, value);

    /// <summary>PostgreSQL keeps instants in UTC (microseconds); Npgsql takes only offset zero.</summary>
    public static NpgsqlParameterCollection Instant(this NpgsqlParameterCollection parameters, string name, DateTimeOffset value) =>
        parameters.Typed(name, NpgsqlDbType.TimestampTz, value.ToUniversalTime());

    public static NpgsqlParameterCollection TextArray(this NpgsqlParameterCollection parameters, string name, string?[] values) =>
        parameters.Typed(name, NpgsqlDbType.Array | NpgsqlDbType.Text, values);

    public static NpgsqlParameterCollection SmallintArray(this NpgsqlParameterCollection parameters, string name, short[] values) =>
        parameters.Typed(name, NpgsqlDbType.Array | NpgsqlDbType.Smallint, values);

    public static NpgsqlParameterCollection IntegerArray(this NpgsqlParameterCollection parameters, string name, int[] values) =>
        parameters.Typed(name, NpgsqlDbType.Array | NpgsqlDbType.Integer, values);

    public static NpgsqlParameterCollection InstantArray(this NpgsqlParameterCollection parameters, string name, IEnumerable<DateTimeOffset> values) =>
        parameters.Typed(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, values.Select(v => v.ToUniversalTime()).ToArray());

    private static NpgsqlParameterCollection Typed(this NpgsqlParameterCollection parameters, string name, NpgsqlDbType type, object? value)
    {
        parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });
        return parameters;
    }
}
