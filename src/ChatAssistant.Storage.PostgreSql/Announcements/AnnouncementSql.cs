namespace ChatAssistant.Storage.PostgreSql.Announcements;

/// <summary>The statements of <see cref="PostgreSqlAnnouncementStore"/>.</summary>
internal static class AnnouncementSql
{
    public const string Subscribe = """
        INSERT INTO announcement_subscriptions (tenant_id, citizen_id, neighbourhood_id, channel_id, chat_id, language, consent_at)
        VALUES (@tenant, @citizen, @nb, @channel, @chat, @lang, @consent)
        ON CONFLICT (tenant_id, citizen_id, neighbourhood_id) DO UPDATE
            SET channel_id = excluded.channel_id, chat_id = excluded.chat_id, language = excluded.language, consent_at = excluded.consent_at
        RETURNING (xmax = 0)
        """;

    public const string Unsubscribe = "DELETE FROM announcement_subscriptions WHERE tenant_id = @tenant AND citizen_id = @citizen AND neighbourhood_id = @nb";

    public const string UnsubscribeAll = "DELETE FROM announcement_subscriptions WHERE tenant_id = @tenant AND citizen_id = @citizen";

    public const string SubscriptionColumns = "tenant_id, citizen_id, neighbourhood_id, channel_id, chat_id, language, consent_at";

    public const string SubscriptionsOf = $"SELECT {SubscriptionColumns} FROM announcement_subscriptions WHERE tenant_id = @tenant AND citizen_id = @citizen ORDER BY neighbourhood_id";

    public const string Subscribers = $"SELECT {SubscriptionColumns} FROM announcement_subscriptions WHERE tenant_id = @tenant AND neighbourhood_id = ANY(@nbs)";

    public const string Insert = "INSERT INTO announcements (id, tenant_id, status, created_at, announcement) VALUES (@id, @tenant, @status, @created, @json)";

    public const string Get = "SELECT announcement::text FROM announcements WHERE tenant_id = @tenant AND id = @id";

    public const string Lock = "SELECT announcement::text FROM announcements WHERE tenant_id = @tenant AND id = @id FOR UPDATE";

    public const string List = "SELECT (announcement - 'image')::text FROM announcements WHERE tenant_id = @tenant ORDER BY created_at DESC LIMIT @max";

    public const string ByStatus = "SELECT announcement::text FROM announcements WHERE status = @status ORDER BY created_at";

    public const string Update = "UPDATE announcements SET status = @status, announcement = @json WHERE tenant_id = @tenant AND id = @id";

    public const string AddRecipients = """
        INSERT INTO announcement_recipients (announcement_id, citizen_id, channel_id, chat_id, language, status, updated_at)
        SELECT @ann, c, ch, chat, lang, 0, @at FROM unnest(@citizens, @channels, @chats, @langs) AS r(c, ch, chat, lang)
        ON CONFLICT (announcement_id, citizen_id) DO NOTHING
        """;

    public const string RecipientColumns = "announcement_id, citizen_id, channel_id, chat_id, language, status, message_ids, error, updated_at";

    public const string Recipients = $"SELECT {RecipientColumns} FROM announcement_recipients WHERE announcement_id = @ann AND (@status::smallint IS NULL OR status = @status) ORDER BY citizen_id LIMIT @max";

    public const string UpdateRecipient = """
        UPDATE announcement_recipients
        SET status = @status, message_ids = CASE WHEN cardinality(@ids) > 0 THEN @ids ELSE message_ids END,
            error = coalesce(@error, error), updated_at = @at
        WHERE announcement_id = @ann AND citizen_id = @citizen AND status = ANY(@expected)
        """;

    public const string Count = "SELECT status, count(*)::int FROM announcement_recipients WHERE announcement_id = @ann GROUP BY status";

    /// <summary>Erasure: the citizen's consent and copies (inside the erasure's transaction).</summary>
    public const string EraseCitizen = """
        WITH subs AS (DELETE FROM announcement_subscriptions WHERE citizen_id = @citizen)
        DELETE FROM announcement_recipients WHERE citizen_id = @citizen
        """;
}
