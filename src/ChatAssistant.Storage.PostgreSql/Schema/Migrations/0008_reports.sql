-- Reports: anonymous usage counters, one row per municipality, dimension, day (in the reports' time zone) and key
-- (e.g. milano, topic, 2026-11-05, spid-ottenere, 42). No row names a person; hosts add to a row with an upsert.
-- The key order lets a report read each dimension of a period as one range.
CREATE TABLE usage_counters (
    tenant_id    text COLLATE "C" NOT NULL,
    dimension    text COLLATE "C" NOT NULL,
    day          date NOT NULL,
    counter_key  text COLLATE "C" NOT NULL,
    amount       bigint NOT NULL,
    PRIMARY KEY (tenant_id, dimension, day, counter_key)
);

-- The retention purge deletes whole days, across municipalities.
CREATE INDEX usage_counters_day ON usage_counters (day);
