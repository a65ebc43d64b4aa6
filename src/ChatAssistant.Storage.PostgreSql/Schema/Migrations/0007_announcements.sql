-- Neighbourhood announcements (issue 16). Branches merged before this one may hold 0007 too: renumber at the merge.
-- A citizen's consent to one neighbourhood's announcements, with its time; erased with the citizen.
CREATE TABLE announcement_subscriptions (
    tenant_id        text COLLATE "C" NOT NULL,
    citizen_id       text COLLATE "C" NOT NULL,
    neighbourhood_id text COLLATE "C" NOT NULL,
    channel_id       text NOT NULL,
    chat_id          text NOT NULL,
    language         text NOT NULL,
    consent_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, citizen_id, neighbourhood_id)
);
CREATE INDEX announcement_subscriptions_area ON announcement_subscriptions (tenant_id, neighbourhood_id);
CREATE INDEX announcement_subscriptions_citizen ON announcement_subscriptions (citizen_id);

-- Announcements: the fields queried are columns, the rest (with the image) is JSON.
CREATE TABLE announcements (
    id          text COLLATE "C" PRIMARY KEY,
    tenant_id   text COLLATE "C" NOT NULL,
    status      smallint NOT NULL,
    created_at  timestamptz NOT NULL,
    announcement jsonb NOT NULL
);
CREATE INDEX announcements_tenant ON announcements (tenant_id, created_at DESC);
CREATE INDEX announcements_status ON announcements (status);

-- Each citizen's copy: what delivery resumes from after a crash; status moves by conditional updates.
CREATE TABLE announcement_recipients (
    announcement_id text COLLATE "C" NOT NULL,
    citizen_id      text COLLATE "C" NOT NULL,
    channel_id      text NOT NULL,
    chat_id         text NOT NULL,
    language        text NOT NULL,
    status          smallint NOT NULL,
    message_ids     bigint[] NOT NULL DEFAULT '{}',
    error           text,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (announcement_id, citizen_id)
);
CREATE INDEX announcement_recipients_status ON announcement_recipients (announcement_id, status, citizen_id);
CREATE INDEX announcement_recipients_citizen ON announcement_recipients (citizen_id);

-- Committee accounts publish to these neighbourhoods only.
ALTER TABLE staff_accounts ADD COLUMN neighbourhoods text[] NOT NULL DEFAULT '{}';
