-- Settings of the structure: its phone and e-mail beside the name, SIRET and address it already
-- had, and the directory of local partners people are oriented to (CAF office, CCAS, France
-- Services, mission locale…), printed later on the summaries given to people.
-- Same conventions as the first schema: UUID v7 text ids, RFC 3339 UTC times, a declared
-- PRIMARY KEY, created_at/updated_at, and a deleted_at tombstone (an archived partner).

ALTER TABLE structure ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE structure ADD COLUMN email TEXT NOT NULL DEFAULT '';

CREATE TABLE partner (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    -- A code of the national orientation list (RedirectionStructure), 'autre' for any other.
    kind TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    commune_name TEXT NOT NULL DEFAULT '',
    commune_postal_code TEXT NOT NULL DEFAULT '',
    commune_insee_code TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    -- Free text of several lines.
    opening_hours TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
