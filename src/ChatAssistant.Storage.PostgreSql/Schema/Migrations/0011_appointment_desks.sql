-- Appointments (issue 15): the desks, weekly hours and closures coordinators edit in the console. appuntamenti.yaml
-- seeds a tenant's row once; from then on this row is the truth. One row per tenant, saved conditionally on version.
CREATE TABLE appointment_desks (
    tenant_id   text COLLATE "C" PRIMARY KEY,
    version     bigint NOT NULL,
    updated_at  timestamptz NOT NULL,
    desks       jsonb NOT NULL
);

-- The day's agenda lists a desk's bookings marked arrived or no-show too (status 2, 3), not only active ones.
CREATE INDEX appointments_desk_day ON appointments (tenant_id, desk_id, start_at) WHERE status <> 1;
