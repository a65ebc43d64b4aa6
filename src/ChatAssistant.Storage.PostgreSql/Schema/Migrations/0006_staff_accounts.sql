-- The volunteer console's accounts (src/ChatAssistant.Console, IStaffAccountStore): e-mail stored lower case, unique
-- across the deployment (it is the sign-in name). The password is PasswordHasher's hash, never the password.
CREATE TABLE staff_accounts (
    id                   text COLLATE "C" PRIMARY KEY,
    email                text COLLATE "C" NOT NULL UNIQUE,
    display_name         text NOT NULL,
    role                 text NOT NULL,
    tenant_id            text NOT NULL,
    skills               text[] NOT NULL,
    disabled             boolean NOT NULL,
    password_hash        text NOT NULL,
    must_change_password boolean NOT NULL,
    failed_attempts      integer NOT NULL,
    locked_until         timestamptz,
    created_at           timestamptz NOT NULL
);

CREATE INDEX staff_accounts_by_tenant ON staff_accounts (tenant_id, email);

-- ASP.NET Core Data Protection's key ring (IDataProtectionKeyStore), shared by every host so that a console cookie or
-- bearer token issued by one host is accepted by the others.
CREATE TABLE data_protection_keys (
    name  text COLLATE "C" PRIMARY KEY,
    xml   text NOT NULL,
    added bigint GENERATED ALWAYS AS IDENTITY
);
