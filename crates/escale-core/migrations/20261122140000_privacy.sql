-- The person's rights (GDPR): consent records, a structure-wide retention period, erased files.
-- Same conventions as the first schema: UUID v7 text ids, RFC 3339 UTC times, 'YYYY-MM-DD' days,
-- created_at/updated_at/deleted_at on rows a mediator changes, and a declared PRIMARY KEY on
-- every table (the session extension that will merge laptops records only those).

-- What a person agreed to, when and how. Withdrawing keeps the row (the proof that data was held
-- lawfully until then) and sets withdrawn_on.
CREATE TABLE consent (
    id TEXT PRIMARY KEY NOT NULL,
    beneficiary_id TEXT NOT NULL REFERENCES beneficiary(id),
    given_on TEXT NOT NULL,
    -- 'oral' or 'signed_form' (checked by the core).
    method TEXT NOT NULL,
    -- The purposes agreed to, as a JSON array of codes (checked by the core).
    purposes TEXT NOT NULL DEFAULT '[]',
    withdrawn_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX consent_by_beneficiary ON consent(beneficiary_id);

-- Settings of the whole structure (not of one laptop account): one row per key.
CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
-- Files are anonymised this many months after the person's last accompaniment.
INSERT INTO setting (key, value, updated_at)
VALUES ('retention_months', '24', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- When a person's identity, contact and notes were erased (on request or by retention); NULL
-- while the file is whole. An erased file stays as an anonymous person for the statistics.
ALTER TABLE beneficiary ADD COLUMN erased_at TEXT;

-- The audit log is read newest first and pruned by age.
CREATE INDEX audit_event_by_time ON audit_event(at);
