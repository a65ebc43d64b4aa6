using ChatAssistant.Core.Activities;
using ChatAssistant.Core.Storage;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;

namespace ChatAssistant.Storage.PostgreSql.Conversations;

/// <summary>
/// Activities appended to a transcript. The sequences are decided inside the statement that raises the conversation's
/// last_sequence (its row lock orders writers); the caller learns the last one and numbers its entries back from it.
/// </summary>
internal sealed class TranscriptRows
{
    /// <summary>Inserts the rows numbered back from <c>head.last_sequence</c>; nothing when the head CTE returned no row.</summary>
    public const string InsertSql = """
        INSERT INTO transcript (conversation_key, sequence, activity_id, activity_json, activity_time)
        SELECT @key, head.last_sequence - @t_count + t.n, t.id, t.json, t.at
        FROM head, unnest(@t_id, @t_json, @t_at) WITH ORDINALITY AS t(id, json, at, n)
        """;

    /// <summary>
    /// Tells every host's listener that the conversation grew (see <see cref="Signals.PostgreSqlSignals"/>):
    /// a CTE the final SELECT must name, delivered only if the statement commits.
    /// </summary>
    public const string NotifySql = $"notified AS (SELECT pg_notify('{Signals.PostgreSqlSignals.Channel}', @key) FROM head)";

    private readonly string _key;
    private readonly string[] _ids;
    private readonly string[] _json;
    private readonly DateTimeOffset[] _times;

    public TranscriptRows(string conversationKey, IReadOnlyList<Activity> activities)
    {
        _key = conversationKey;
        _ids = new string[activities.Count];
        _json = new string[activities.Count];
        _times = new DateTimeOffset[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            activity.Id ??= Guid.NewGuid().ToString("N");
            _ids[i] = activity.Id;
            _json[i] = ActivityJson.Serialize(activity);
            _times[i] = activity.Timestamp ?? default;
        }
    }

    public int Count => _ids.Length;

    public void AddParameters(NpgsqlParameterCollection parameters) =>
        parameters.Bigint("t_count", Count).TextArray("t_id", _ids).TextArray("t_json", _json).InstantArray("t_at", _times);

    /// <summary>The entries as stored, given the conversation's last sequence after them.</summary>
    public IReadOnlyList<TranscriptEntry> Entries(long lastSequence)
    {
        var entries = new TranscriptEntry[Count];
        for (var i = 0; i < Count; i++)
        {
            entries[i] = new TranscriptEntry(_key, lastSequence - Count + 1 + i, _ids[i], _json[i], _times[i]);
        }

        return entries;
    }
}
