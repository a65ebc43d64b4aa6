-- Work that runs on one host at a time (a Telegram bot's polling and outbox): who holds it and until when.
CREATE TABLE leases (
    name        text COLLATE "C" PRIMARY KEY,
    holder      text NOT NULL,
    held_until  timestamptz NOT NULL
);

-- Secrets the service made for itself and every host shares (the web chat's token signing key, webhook secrets).
CREATE TABLE shared_secrets (
    name   text COLLATE "C" PRIMARY KEY,
    value  text NOT NULL
);
