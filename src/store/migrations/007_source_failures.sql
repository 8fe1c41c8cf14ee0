-- Consecutive failures per account and source (`--source`), for the backoff;
-- the hard lock stays on `failures`, the account's run over every source.

CREATE TABLE source_failures (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    count      INTEGER NOT NULL,
    last_at    INTEGER NOT NULL,
    PRIMARY KEY (account_id, source)
) STRICT;
