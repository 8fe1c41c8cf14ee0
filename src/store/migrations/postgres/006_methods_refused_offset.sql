-- Where the last wrong code of a TOTP app would have matched, within ten
-- minutes of the true time (never the code): the checklist tells a phone
-- whose clock is off from a mistyped code.
-- PostgreSQL translation of ../006_methods_refused_offset.sql.

ALTER TABLE methods ADD COLUMN last_refused_offset BIGINT;  -- steps from the true time
ALTER TABLE methods ADD COLUMN last_refused_at BIGINT;
