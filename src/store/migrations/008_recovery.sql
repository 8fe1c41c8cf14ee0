-- Account recovery: a request, the identity checks an operator recorded,
-- the cancel code's argon2id hash (never the code), and the ticket's SHA-256 (never
-- the ticket). One open request per account.

CREATE TABLE recoveries (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id        INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    reason            TEXT,
    opened_at         INTEGER NOT NULL,
    ready_at          INTEGER NOT NULL,
    checks_needed     INTEGER NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('opened', 'cancelled', 'completed', 'expired')),
    closed_at         INTEGER,
    cancel_salt       BLOB NOT NULL,
    cancel_hash       BLOB NOT NULL,
    ticket_hash       BLOB UNIQUE,
    ticket_expires_at INTEGER,
    ticket_used_at    INTEGER,
    -- The app a ticket sign-in made, pending until its first code; the
    -- next sign-in with the same ticket takes it up again.
    ticket_method_id  INTEGER REFERENCES methods(id) ON DELETE SET NULL
) STRICT;

CREATE UNIQUE INDEX recoveries_one_open ON recoveries(account_id) WHERE state = 'opened';

CREATE TABLE recovery_checks (
    id          INTEGER PRIMARY KEY,
    recovery_id INTEGER NOT NULL REFERENCES recoveries(id) ON DELETE CASCADE,
    note        TEXT NOT NULL,
    checked_at  INTEGER NOT NULL,
    checked_by  TEXT
) STRICT;

CREATE INDEX recovery_checks_by_recovery ON recovery_checks(recovery_id);
