-- google-authenticator's 8-digit scratch codes, imported as an account's
-- backup codes: a set says which kind of code it holds, so that verify
-- knows when eight digits may be one.
-- PostgreSQL translation of ../010_scratch_codes.sql.
ALTER TABLE backup_code_sets ADD COLUMN kind TEXT NOT NULL DEFAULT 'tfa' CHECK (kind IN ('tfa', 'scratch'));
