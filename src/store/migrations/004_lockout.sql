-- Consecutive failures per account, for backoff and hard lock.

CREATE TABLE failures (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    count      INTEGER NOT NULL,
    last_at    INTEGER NOT NULL
) STRICT;
