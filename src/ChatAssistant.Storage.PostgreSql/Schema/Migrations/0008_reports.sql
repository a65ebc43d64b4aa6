-- Reports: anonymous usage counters, one row per municipality, day (in the reports' time zone), dimension and key
-- (e.g. milano, 2026-11-05, topic, spid-ottenere, 42). No row names a person; hosts add to a row with an upsert.
CREATE TABLE usage_counters (
    tenant_id    text COLLATE "C" NOT NULL,
    day          date NOT NULL,
    dimension    text COLLATE "C" NOT NULL,
    counter_key  text COLLATE "C" NOT NULL,
    amount       bigint NOT NULL,
    PRIMARY KEY (tenant_id, day, dimension, counter_key)
);

-- The retention purge deletes whole days, across municipalities.
CREATE INDEX usage_counters_day ON usage_counters (day);
