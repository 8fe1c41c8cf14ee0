-- Accounts, their second factors, and the audit log.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- AUTOINCREMENT: an id is never reused, so a sealed seed (bound to its
-- account and method ids) from an old copy can never open in a new row.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL UNIQUE,
    email         TEXT,
    phone         TEXT,
    password_hash TEXT,               -- argon2id PHC string
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE methods (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('totp', 'hotp', 'sms', 'whatsapp', 'email')),
    label        TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'active', 'disabled')),
    sealed_seed  BLOB,                -- XChaCha20-Poly1305, row identity as associated data
    algorithm    TEXT,
    digits       INTEGER,
    period       INTEGER,             -- TOTP step, seconds
    window       INTEGER,             -- TOTP steps accepted either side
    counter      INTEGER,             -- HOTP: the next expected counter
    last_step    INTEGER,             -- TOTP: the last accepted step (replay guard)
    drift        INTEGER NOT NULL DEFAULT 0,  -- offset in steps at the last success
    address      TEXT,                -- phone (E.164) or email for sent codes
    created_at   INTEGER NOT NULL,
    confirmed_at INTEGER,
    last_used_at INTEGER,
    UNIQUE (account_id, label)
) STRICT;

CREATE INDEX methods_by_account ON methods(account_id);

CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    account   TEXT,
    method_id INTEGER,
    action    TEXT NOT NULL,
    outcome   TEXT NOT NULL,
    reason    TEXT,
    source    TEXT
) STRICT;

CREATE INDEX events_by_account ON events(account, at);
