-- Backup codes and trusted devices.

-- One live set of backup codes per account; generating again replaces it.
-- Every code of a set is hashed under the set's salt, so an attempt costs
-- one argon2id evaluation and finds its row by hash.
-- AUTOINCREMENT: a replaced set's id is never reused, so an attempt hashed
-- under a set that was replaced meanwhile cannot land on the new one.
CREATE TABLE backup_code_sets (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL UNIQUE REFERENCES accounts(id) ON DELETE CASCADE,
    salt       BLOB NOT NULL CHECK (length(salt) >= 16),
    created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE backup_codes (
    id      INTEGER PRIMARY KEY,
    set_id  INTEGER NOT NULL REFERENCES backup_code_sets(id) ON DELETE CASCADE,
    hash    BLOB NOT NULL,          -- argon2id(code, set salt), 32 bytes
    used_at INTEGER,
    UNIQUE (set_id, hash)
) STRICT;

CREATE TABLE devices (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    token_hash    BLOB NOT NULL UNIQUE,   -- SHA-256 of the 256-bit token
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    last_seen_at  INTEGER,
    revoked_at    INTEGER,
    revoked_why   TEXT CHECK (revoked_why IN ('operator', 'stolen_token'))
) STRICT;

CREATE INDEX devices_by_account ON devices(account_id);

-- Tokens voided by rotation: presenting one again means a copy was stolen.
CREATE TABLE device_voided_tokens (
    token_hash BLOB PRIMARY KEY,
    device_id  INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    voided_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX device_voided_tokens_by_device ON device_voided_tokens(device_id);
