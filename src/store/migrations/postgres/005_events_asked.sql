-- The method a person was asked for, beside the one their code matched
-- (method_id), so support can tell "wrong app" from "wrong code".
-- PostgreSQL translation of ../005_events_asked.sql.

ALTER TABLE events ADD COLUMN asked_method_id BIGINT;
