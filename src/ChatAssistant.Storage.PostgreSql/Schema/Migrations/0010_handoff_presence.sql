-- Volunteers with a console open: one row per tenant, volunteer and host, renewed by the host's heartbeat. A row whose
-- host died stops counting at expires_at and is deleted by the next heartbeat of any host.
CREATE TABLE handoff_presence (
    tenant_id     text COLLATE "C" NOT NULL,
    volunteer_id  text COLLATE "C" NOT NULL,
    host_id       text COLLATE "C" NOT NULL,
    name          text NOT NULL,
    skills        text[] NOT NULL,
    expires_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, volunteer_id, host_id)
);

CREATE INDEX handoff_presence_expiry ON handoff_presence (expires_at);

-- The retention purge deletes closed tickets by age.
CREATE INDEX handoff_tickets_closed_at ON handoff_tickets (closed_at) WHERE NOT is_open;
