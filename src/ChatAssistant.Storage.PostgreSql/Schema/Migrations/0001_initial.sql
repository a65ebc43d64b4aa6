-- The first schema: conversations and their transcripts, citizens, the outbox.
-- Names are unqualified: the tables go to the first schema of the connection's search_path.
-- Keys use the "C" collation: byte order and exact comparison ("Ab" and "ab" are two conversations).

-- One row per conversation key. The state is JSON (no column mapping to keep in step with the class). A row without
-- state is a head only: a conversation that has a transcript but no turn yet (a welcome), or one whose citizen was
-- erased; it keeps last_sequence so a web chat's watermark goes on growing.
CREATE TABLE conversations (
    key           text COLLATE "C" PRIMARY KEY,
    version       bigint NOT NULL,
    last_sequence bigint NOT NULL,
    tenant_id     text,
    citizen_id    text COLLATE "C",
    state         jsonb,
    updated_at    timestamptz
);

CREATE INDEX conversations_by_citizen ON conversations (citizen_id) WHERE citizen_id IS NOT NULL;

-- Redacted activities, numbered from 1 per conversation without gaps (the Direct Line watermark).
CREATE TABLE transcript (
    conversation_key text COLLATE "C" NOT NULL,
    sequence         bigint NOT NULL,
    activity_id      text NOT NULL,
    activity_json    text NOT NULL,
    activity_time    timestamptz NOT NULL,
    PRIMARY KEY (conversation_key, sequence)
);

CREATE TABLE citizens (
    id              text COLLATE "C" PRIMARY KEY,
    tenant_id       text NOT NULL,
    channel_id      text NOT NULL,
    channel_user_id text NOT NULL,
    language        text,
    reachable       boolean NOT NULL,
    created_at      timestamptz NOT NULL,
    last_seen_at    timestamptz NOT NULL
);

-- status: 0 pending, 1 sending (under a lease until not_before), 2 sent, 3 failed (OutboxStatus).
-- priority: 0 reply, 1 reminder, 2 announcement (OutboxPriority). Age is (created_at, sequence).
CREATE TABLE outbox (
    id            text COLLATE "C" PRIMARY KEY,
    sequence      bigint GENERATED ALWAYS AS IDENTITY,
    bot_id        text COLLATE "C" NOT NULL,
    channel_id    text COLLATE "C" NOT NULL,
    chat_id       text COLLATE "C" NOT NULL,
    -- The conversation key of the chat (channel:chat): what erasure looks for.
    chat_key      text COLLATE "C" GENERATED ALWAYS AS (channel_id || ':' || chat_id) STORED,
    priority      smallint NOT NULL,
    activity_json text NOT NULL,
    status        smallint NOT NULL,
    attempts      integer NOT NULL,
    created_at    timestamptz NOT NULL,
    not_before    timestamptz NOT NULL,
    last_error    text
);

-- A bot's messages that can still leave, in claim order: claims walk it and stop at their limit.
CREATE INDEX outbox_queue ON outbox (bot_id, priority, created_at, sequence) WHERE status IN (0, 1);
-- A chat's messages that can still leave, oldest first: finds a chat's head (ORDER BY ... LIMIT 1 reads one entry),
-- and what erasure deletes.
CREATE INDEX outbox_chat ON outbox (chat_key, bot_id, created_at, sequence) WHERE status IN (0, 1);
CREATE INDEX outbox_by_status ON outbox (bot_id, status);
