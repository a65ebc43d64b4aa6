-- Handoff to volunteers: a ticket is its JSON plus the columns that queries and the conditional update use.
CREATE TABLE handoff_tickets (
    id                text COLLATE "C" PRIMARY KEY,
    tenant_id         text COLLATE "C" NOT NULL,
    conversation_key  text COLLATE "C" NOT NULL,
    is_open           boolean NOT NULL,
    queued_at         timestamptz NOT NULL,
    closed_at         timestamptz,
    version           bigint NOT NULL,
    ticket            jsonb NOT NULL
);

-- The queue of a tenant, oldest first; its recently closed tickets (wait estimates); a conversation's open ticket.
CREATE INDEX handoff_tickets_queue ON handoff_tickets (tenant_id, queued_at, id) WHERE is_open;
CREATE INDEX handoff_tickets_closed ON handoff_tickets (tenant_id, closed_at DESC) WHERE NOT is_open;
CREATE INDEX handoff_tickets_conversation ON handoff_tickets (conversation_key) WHERE is_open;

-- Ready answers volunteers pick, per tenant, edited by coordinators.
CREATE TABLE handoff_canned_replies (
    tenant_id  text COLLATE "C" NOT NULL,
    id         text COLLATE "C" NOT NULL,
    title      text NOT NULL,
    body       text NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
