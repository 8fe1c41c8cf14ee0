-- Consecutive failures per account and source (`--source`), for the backoff;
-- the hard lock stays on `failures`, the account's run over every source.
-- PostgreSQL translation of ../007_source_failures.sql.

CREATE TABLE source_failures (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    count      BIGINT NOT NULL,
    last_at    BIGINT NOT NULL,
    PRIMARY KEY (account_id, source)
);
