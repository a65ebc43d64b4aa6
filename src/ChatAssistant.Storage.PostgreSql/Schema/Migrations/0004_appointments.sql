-- Appointments at the facilitation desks (issue 15). Branches merged before this one may hold 0003 too: renumber at the merge (versions must run 1..N without gaps).
-- A slot's count of active bookings, kept beside the bookings so taking a place is one conditional upsert:
-- exactly one of the callers racing for the last place gets a row back.
CREATE TABLE appointment_slots (
    slot_key  text COLLATE "C" PRIMARY KEY,
    booked    integer NOT NULL CHECK (booked >= 0)
);

-- Bookings: the fields queried are columns, the rest is the booking as JSON.
CREATE TABLE appointments (
    tenant_id   text COLLATE "C" NOT NULL,
    code        text COLLATE "C" NOT NULL,
    slot_key    text COLLATE "C" NOT NULL,
    desk_id     text COLLATE "C" NOT NULL,
    citizen_id  text COLLATE "C" NOT NULL,
    start_at    timestamptz NOT NULL,
    status      smallint NOT NULL,
    booking     jsonb NOT NULL,
    PRIMARY KEY (tenant_id, code)
);
CREATE INDEX appointments_citizen ON appointments (tenant_id, citizen_id, start_at) WHERE status = 0;
CREATE INDEX appointments_desk ON appointments (tenant_id, desk_id, start_at) WHERE status = 0;

-- Reminders: the record Hangfire's jobs claim (status 1 until claimed_until), send and mark done.
CREATE TABLE appointment_reminders (
    id             text COLLATE "C" PRIMARY KEY,
    tenant_id      text COLLATE "C" NOT NULL,
    code           text COLLATE "C" NOT NULL,
    due_at         timestamptz NOT NULL,
    status         smallint NOT NULL,
    claimed_until  timestamptz
);
CREATE INDEX appointment_reminders_open ON appointment_reminders (due_at) WHERE status IN (0, 1);
CREATE INDEX appointment_reminders_booking ON appointment_reminders (tenant_id, code);
