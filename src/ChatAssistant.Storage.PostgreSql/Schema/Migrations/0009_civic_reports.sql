-- Citizens' reports (segnalazioni, issue 17). Branches merged before this one may hold 0007/0008: renumber at the merge.
-- The fields queried are columns, the rest is the report as JSON. The photo lives in its own table, deleted with the
-- report by the foreign key (erasure and the retention purge delete reports only).
CREATE TABLE civic_reports (
    tenant_id   text COLLATE "C" NOT NULL,
    code        text COLLATE "C" NOT NULL,
    citizen_id  text COLLATE "C" NOT NULL,
    status      smallint NOT NULL,
    category    text COLLATE "C" NOT NULL,
    created_at  timestamptz NOT NULL,
    closed_at   timestamptz,
    report      jsonb NOT NULL,
    PRIMARY KEY (tenant_id, code)
);
CREATE INDEX civic_reports_tenant ON civic_reports (tenant_id, created_at DESC);
CREATE INDEX civic_reports_citizen ON civic_reports (citizen_id);
CREATE INDEX civic_reports_closed ON civic_reports (closed_at) WHERE closed_at IS NOT NULL;

CREATE TABLE civic_report_photos (
    tenant_id     text COLLATE "C" NOT NULL,
    code          text COLLATE "C" NOT NULL,
    content_type  text NOT NULL,
    bytes         bytea NOT NULL,
    PRIMARY KEY (tenant_id, code),
    FOREIGN KEY (tenant_id, code) REFERENCES civic_reports (tenant_id, code) ON DELETE CASCADE
);
