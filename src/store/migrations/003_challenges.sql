-- Sent codes (SMS, WhatsApp, email): challenges, their deliveries, and the
-- development outbox.

CREATE TABLE challenges (
    id         INTEGER PRIMARY KEY,
    method_id  INTEGER NOT NULL REFERENCES methods(id) ON DELETE CASCADE,
    nonce      BLOB NOT NULL,         -- random, per challenge, part of the MAC input
    code_mac   BLOB NOT NULL,         -- HMAC-SHA-256 of the code under a key derived from the store key
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,   -- wrong codes tried while it was live
    status     TEXT NOT NULL DEFAULT 'live'
               CHECK (status IN ('live', 'used', 'superseded', 'exhausted', 'undelivered')),
    closed_at  INTEGER               -- when it stopped being live (not set by expiry)
) STRICT;

CREATE INDEX challenges_by_method ON challenges(method_id, created_at);

-- Every hand-over of a code, and how it went: what later commands read to
-- say why a code did not arrive. Never the code.
CREATE TABLE deliveries (
    id           INTEGER PRIMARY KEY,
    method_id    INTEGER NOT NULL REFERENCES methods(id) ON DELETE CASCADE,
    challenge_id INTEGER REFERENCES challenges(id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'whatsapp', 'email')),
    address      TEXT NOT NULL,
    route        TEXT NOT NULL CHECK (route IN ('command', 'outbox')),
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    result       TEXT NOT NULL
                 CHECK (result IN ('pending', 'handed_over', 'outbox', 'failed', 'timeout', 'not_started')),
    exit_code    INTEGER,
    detail       TEXT                -- the command's stderr tail, the code redacted
) STRICT;

CREATE INDEX deliveries_by_method ON deliveries(method_id, started_at);

-- Messages kept when no delivery command is configured. By design this is
-- the one place a code is stored in plain form: it is for development and
-- tests, where the outbox stands in for the phone.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    method_id    INTEGER NOT NULL REFERENCES methods(id) ON DELETE CASCADE,
    challenge_id INTEGER REFERENCES challenges(id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'whatsapp', 'email')),
    address      TEXT NOT NULL,
    code         TEXT NOT NULL,
    text         TEXT NOT NULL,
    expires_at   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX outbox_by_account ON outbox(account_id, id);
