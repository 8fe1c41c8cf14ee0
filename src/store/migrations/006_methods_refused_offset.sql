-- Where the last wrong code of a TOTP app would have matched, within ten
-- minutes of the true time (never the code): the checklist tells a phone
-- whose clock is off from a mistyped code.

ALTER TABLE methods ADD COLUMN last_refused_offset INTEGER;  -- steps from the true time
ALTER TABLE methods ADD COLUMN last_refused_at INTEGER;
