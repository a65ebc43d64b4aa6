using ChatAssistant.Announcements.Composing;
using ChatAssistant.Announcements.Delivery;
using ChatAssistant.Announcements.Storage;
using ChatAssistant.Announcements.Subscriptions;
using ChatAssistant.Storage.PostgreSql.Database;
using Npgsql;
using NpgsqlTypes;

namespace ChatAssistant.Storage.PostgreSql.Announcements;

/// <summary>
/// Announcements on PostgreSQL. An announcement's change locks its row (FOR UPDATE) and checks its status inside one
/// transaction; a recipient's is one UPDATE whose WHERE names the statuses it may leave: of several hosts, one wins.
/// </summary>
public sealed class PostgreSqlAnnouncementStore(NpgsqlDataSource dataSource) : IAnnouncementStore
{
    public Task<bool> SubscribeAsync(Subscription subscription, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            var s = subscription;
            await using var command = new NpgsqlCommand(AnnouncementSql.Subscribe, connection);
            command.Parameters.Text("tenant", s.TenantId).Text("citizen", s.CitizenId).Text("nb", s.NeighbourhoodId).Text("channel", s.ChannelId)
                .Text("chat", s.ChatId).Text("lang", s.Language).Instant("consent", s.ConsentAt);
            return await command.ExecuteScalarAsync(cancellationToken) is true;
        }, cancellationToken);

    public async Task<bool> UnsubscribeAsync(string tenantId, string citizenId, string neighbourhoodId, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(AnnouncementSql.Unsubscribe, p => p.Text("tenant", tenantId).Text("citizen", citizenId).Text("nb", neighbourhoodId), cancellationToken) > 0;

    public Task<int> UnsubscribeAllAsync(string tenantId, string citizenId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AnnouncementSql.UnsubscribeAll, p => p.Text("tenant", tenantId).Text("citizen", citizenId), cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(string tenantId, string citizenId, CancellationToken cancellationToken = default) =>
        ReadAsync(AnnouncementSql.SubscriptionsOf, p => p.Text("tenant", tenantId).Text("citizen", citizenId), ReadSubscription, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListSubscribersAsync(string tenantId, IReadOnlyList<string> neighbourhoodIds, CancellationToken cancellationToken = default) =>
        ReadAsync(AnnouncementSql.Subscribers, p => p.Text("tenant", tenantId).TextArray("nbs", [.. neighbourhoodIds.Distinct()]), ReadSubscription, cancellationToken);

    public Task AddAsync(Announcement announcement, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AnnouncementSql.Insert, p => p.Text("id", announcement.Id).Text("tenant", announcement.TenantId).Smallint("status", (short)announcement.Status)
            .Instant("created", announcement.CreatedAt).Jsonb("json", AnnouncementJson.Serialize(announcement)), cancellationToken);

    public async Task<Announcement?> GetAsync(string tenantId, string id, CancellationToken cancellationToken = default) =>
        (await ReadAsync(AnnouncementSql.Get, p => p.Text("tenant", tenantId).Text("id", id), ReadAnnouncement, cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Announcement>> ListAsync(string tenantId, int max, CancellationToken cancellationToken = default) =>
        ReadAsync(AnnouncementSql.List, p => p.Text("tenant", tenantId).Integer("max", max), ReadAnnouncement, cancellationToken);

    public Task<IReadOnlyList<Announcement>> ListByStatusAsync(AnnouncementStatus status, CancellationToken cancellationToken = default) =>
        ReadAsync(AnnouncementSql.ByStatus, p => p.Smallint("status", (short)status), ReadAnnouncement, cancellationToken);

    public Task<Announcement?> TryUpdateAsync(string tenantId, string id, IReadOnlyList<AnnouncementStatus> expected, Func<Announcement, Announcement> change, CancellationToken cancellationToken = default) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            Announcement? current = null;
            await using (var lockRow = new NpgsqlCommand(AnnouncementSql.Lock, connection, transaction))
            {
                lockRow.Parameters.Text("tenant", tenantId).Text("id", id);
                if (await lockRow.ExecuteScalarAsync(cancellationToken) is string json)
                {
                    current = AnnouncementJson.Deserialize(json);
                }
            }

            if (current is null || !expected.Contains(current.Status))
            {
                return null;
            }

            var updated = change(current) with { Id = current.Id, TenantId = current.TenantId };
            await using (var update = new NpgsqlCommand(AnnouncementSql.Update, connection, transaction))
            {
                update.Parameters.Smallint("status", (short)updated.Status).Jsonb("json", AnnouncementJson.Serialize(updated)).Text("tenant", tenantId).Text("id", id);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return updated;
        }, cancellationToken);

    public Task AddRecipientsAsync(IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken = default) =>
        recipients.Count == 0 ? Task.CompletedTask : Task.WhenAll(recipients.GroupBy(r => r.AnnouncementId).Select(g =>
            ExecuteAsync(AnnouncementSql.AddRecipients, p => p.Text("ann", g.Key).Instant("at", g.Max(r => r.UpdatedAt))
                .TextArray("citizens", [.. g.Select(r => r.CitizenId)]).TextArray("channels", [.. g.Select(r => r.ChannelId)])
                .TextArray("chats", [.. g.Select(r => r.ChatId)]).TextArray("langs", [.. g.Select(r => r.Language)]), cancellationToken)));

    public Task<IReadOnlyList<Recipient>> ListRecipientsAsync(string announcementId, RecipientStatus? status, int max, CancellationToken cancellationToken = default) =>
        ReadAsync(AnnouncementSql.Recipients, p =>
        {
            p.Text("ann", announcementId).Integer("max", max);
            p.Add(new NpgsqlParameter("status", NpgsqlDbType.Smallint) { Value = status is { } s ? (short)s : DBNull.Value });
        }, ReadRecipient, cancellationToken);

    public async Task<bool> TryUpdateRecipientAsync(string announcementId, string citizenId, IReadOnlyList<RecipientStatus> expected, RecipientStatus status,
        IReadOnlyList<long>? messageIds, string? error, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(AnnouncementSql.UpdateRecipient, p =>
        {
            p.Text("ann", announcementId).Text("citizen", citizenId).Smallint("status", (short)status).Text("error", error).Instant("at", at)
                .SmallintArray("expected", [.. expected.Select(e => (short)e)]);
            p.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = (messageIds ?? []).ToArray() });
        }, cancellationToken) > 0;

    public async Task<DeliveryCounts> CountAsync(string announcementId, CancellationToken cancellationToken = default) =>
        DeliveryCounts.From(await ReadAsync(AnnouncementSql.Count, p => p.Text("ann", announcementId),
            r => ((RecipientStatus)r.GetInt16(0), r.GetInt32(1)), cancellationToken));

    private Task<int> ExecuteAsync(string sql, Action<NpgsqlParameterCollection> parameters, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            parameters(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private Task<IReadOnlyList<T>> ReadAsync<T>(string sql, Action<NpgsqlParameterCollection> parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        DatabaseCalls.RunAsync<IReadOnlyList<T>>(dataSource, async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            parameters(command.Parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }, cancellationToken);

    private static Announcement ReadAnnouncement(NpgsqlDataReader r) => AnnouncementJson.Deserialize(r.GetString(0));

    private static Subscription ReadSubscription(NpgsqlDataReader r) => new()
    {
        TenantId = r.GetString(0), CitizenId = r.GetString(1), NeighbourhoodId = r.GetString(2), ChannelId = r.GetString(3),
        ChatId = r.GetString(4), Language = r.GetString(5), ConsentAt = r.GetFieldValue<DateTimeOffset>(6),
    };

    private static Recipient ReadRecipient(NpgsqlDataReader r) => new()
    {
        AnnouncementId = r.GetString(0), CitizenId = r.GetString(1), ChannelId = r.GetString(2), ChatId = r.GetString(3), Language = r.GetString(4),
        Status = (RecipientStatus)r.GetInt16(5), MessageIds = r.GetFieldValue<long[]>(6), Error = r.IsDBNull(7) ? null : r.GetString(7),
        UpdatedAt = r.GetFieldValue<DateTimeOffset>(8),
    };
}
