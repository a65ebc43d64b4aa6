using System.Text;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Citizens;
using ChatAssistant.Storage.PostgreSql.Database;
using ChatAssistant.Storage.PostgreSql.Outbox;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Conversations;

/// <summary>
/// One turn as one SQL statement, so one round trip and one transaction. Its first part is the version check, a
/// conditional write of the conversation's row (<c>WHERE version = @loaded</c>): of several hosts committing the same
/// loaded version, PostgreSQL lets exactly one through (the others wait for its row lock, then find the version moved).
/// The transcript, citizen and outbox rows are written FROM that part's result, so a stale turn writes nothing at all.
/// </summary>
internal sealed class TurnStatement
{
    /// <summary>A conversation saved before: its row must still hold the version that was loaded.</summary>
    private const string UpdateHead = """
        UPDATE conversations
        SET version = version + 1, last_sequence = last_sequence + @t_count,
            tenant_id = @tenant, citizen_id = @citizen, state = @state, updated_at = @updated
        WHERE key = @key AND version = @loaded
        RETURNING version, last_sequence
        """;

    /// <summary>
    /// A new conversation (loaded version 0): no row, or a head without state (a welcome, an erasure). When two hosts
    /// insert at once, the second waits on the key, then finds version 1 and writes nothing.
    /// </summary>
    private const string InsertHead = """
        INSERT INTO conversations AS c (key, version, last_sequence, tenant_id, citizen_id, state, updated_at)
        VALUES (@key, 1, @t_count, @tenant, @citizen, @state, @updated)
        ON CONFLICT (key) DO UPDATE
        SET version = c.version + 1, last_sequence = c.last_sequence + @t_count,
            tenant_id = excluded.tenant_id, citizen_id = excluded.citizen_id, state = excluded.state, updated_at = excluded.updated_at
        WHERE c.version = 0
        RETURNING version, last_sequence
        """;

    private readonly TurnCommit _commit;
    private readonly TranscriptRows _transcript;
    private readonly bool _writeCitizen;

    /// <param name="writeCitizen">False when the turn erases its citizen: the record goes, it is not written again.</param>
    public TurnStatement(TurnCommit commit, bool writeCitizen)
    {
        _commit = commit;
        _transcript = new TranscriptRows(commit.State.Key, commit.Transcript);
        _writeCitizen = writeCitizen && commit.Citizen is not null;
    }

    public NpgsqlCommand Build(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        var sql = new StringBuilder("WITH head AS (\n").Append(_commit.State.Version == 0 ? InsertHead : UpdateHead).Append("\n)");
        var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        var state = _commit.State;
        command.Parameters.Text("key", state.Key).Bigint("loaded", state.Version).Text("tenant", state.TenantId).Text("citizen", state.CitizenId)
            .Jsonb("state", StateJson.Serialize(state)).Instant("updated", state.UpdatedAt);
        _transcript.AddParameters(command.Parameters);
        if (_transcript.Count > 0)
        {
            sql.Append(", transcript_rows AS (\n").Append(TranscriptRows.InsertSql).Append("\n), ").Append(TranscriptRows.NotifySql);
        }

        if (_writeCitizen)
        {
            sql.Append(", citizen_row AS (\n").Append(CitizenRows.UpsertSql("FROM head")).Append("\n)");
            CitizenRows.AddUpsertParameters(command.Parameters, _commit.Citizen!);
        }

        if (_commit.Outbox.Count > 0)
        {
            sql.Append(", outbox_rows AS (\n").Append(OutboxRows.InsertSql("head, ")).Append("\n)");
            OutboxRows.AddInsertParameters(command.Parameters, _commit.Outbox);
        }

        command.CommandText = sql.Append(_transcript.Count > 0 ? "\nSELECT version, last_sequence FROM head, notified" : "\nSELECT version, last_sequence FROM head").ToString();
        return command;
    }

    /// <summary>Runs the statement: the result, or <see cref="TurnCommitResult.Stale"/> when the version check lost.</summary>
    public async Task<TurnCommitResult> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Build(connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return TurnCommitResult.Stale;
        }

        var version = reader.GetInt64(0);
        var lastSequence = reader.GetInt64(1);
        _commit.State.Version = version;
        return new TurnCommitResult(true, version, _transcript.Entries(lastSequence));
    }
}
