-- Consecutive failures per account, for backoff and hard lock.
-- PostgreSQL translation of ../004_lockout.sql.

CREATE TABLE failures (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    count      BIGINT NOT NULL,
    last_at    BIGINT NOT NULL
);
