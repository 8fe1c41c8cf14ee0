-- Recovery contacts: addresses that receive security notices, never sign-in
-- codes. A contact is confirmed by a code sent to it, kept as a keyed MAC
-- in contact_challenges (the shape of challenges, owned by a contact, so
-- that no sign-in check can ever read it).

CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'whatsapp', 'email')),
    address      TEXT NOT NULL COLLATE NOCASE,  -- E.164, or an email address with its domain lower-cased;
                                                -- one mailbox however its case is written
    status       TEXT NOT NULL CHECK (status IN ('pending', 'active')),
    created_at   INTEGER NOT NULL,
    confirmed_at INTEGER,
    UNIQUE (account_id, channel, address)
) STRICT;

CREATE TABLE contact_challenges (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    nonce      BLOB NOT NULL,
    code_mac   BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    status     TEXT NOT NULL DEFAULT 'live'
               CHECK (status IN ('live', 'used', 'superseded', 'exhausted', 'undelivered')),
    closed_at  INTEGER
) STRICT;

CREATE INDEX contact_challenges_by_contact ON contact_challenges(contact_id, created_at);

-- What a delivery carried: a code, or a test message (`tfa send --test`,
-- no code, no challenge), which the resend throttle counts too.
ALTER TABLE deliveries ADD COLUMN purpose TEXT NOT NULL DEFAULT 'code' CHECK (purpose IN ('code', 'test'));
