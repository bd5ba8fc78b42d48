-- Escale's first schema.
-- Conventions: identifiers are UUID v7 text; times are RFC 3339 UTC text with milliseconds;
-- days are 'YYYY-MM-DD'; every row a mediator can change carries created_at, updated_at and a
-- deleted_at tombstone (soft delete), so that two laptops' data can later be merged.
-- Enumerated fields hold the national vocabulary's stable codes (checked by the core).

CREATE TABLE structure (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    commune_name TEXT NOT NULL DEFAULT '',
    commune_postal_code TEXT NOT NULL DEFAULT '',
    commune_insee_code TEXT NOT NULL DEFAULT '',
    siret TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

CREATE TABLE mediator (
    id TEXT PRIMARY KEY NOT NULL,
    structure_id TEXT REFERENCES structure(id),
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

-- Named places of activity: a post office, each stop of a bus, an association's room.
CREATE TABLE place (
    id TEXT PRIMARY KEY NOT NULL,
    structure_id TEXT REFERENCES structure(id),
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    commune_name TEXT NOT NULL DEFAULT '',
    commune_postal_code TEXT NOT NULL DEFAULT '',
    commune_insee_code TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

-- A rowid table: the integer rowid links it to its row in the name index.
CREATE TABLE beneficiary (
    id TEXT NOT NULL UNIQUE,
    mediator_id TEXT REFERENCES mediator(id),
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    sort_key TEXT NOT NULL DEFAULT '',
    birth_year INTEGER,
    gender TEXT NOT NULL DEFAULT 'non_communique',
    social_status TEXT NOT NULL DEFAULT 'non_communique',
    commune_name TEXT NOT NULL DEFAULT '',
    commune_postal_code TEXT NOT NULL DEFAULT '',
    commune_insee_code TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    -- Languages spoken, as a JSON array of BCP 47 codes, most used first.
    languages TEXT NOT NULL DEFAULT '[]',
    document_language TEXT NOT NULL DEFAULT 'fr',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX beneficiary_by_name ON beneficiary(sort_key) WHERE deleted_at IS NULL;

-- Folded name terms (see search.rs); contentless, so names are stored once, in beneficiary.
CREATE VIRTUAL TABLE beneficiary_name_index USING fts5(
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);

CREATE TABLE activity (
    id TEXT PRIMARY KEY NOT NULL,
    mediator_id TEXT REFERENCES mediator(id),
    kind TEXT NOT NULL CHECK (kind IN ('individuel', 'collectif')),
    date TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    place_type TEXT NOT NULL,
    place_id TEXT REFERENCES place(id),
    commune_name TEXT NOT NULL DEFAULT '',
    commune_postal_code TEXT NOT NULL DEFAULT '',
    commune_insee_code TEXT NOT NULL DEFAULT '',
    autonomy TEXT,
    workshop_title TEXT NOT NULL DEFAULT '',
    workshop_level TEXT,
    orientation TEXT,
    procedure_name TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    -- Workshops: anonymous participants' counts as JSON (total and breakdowns), or NULL.
    anonymous_participants TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX activity_by_date ON activity(date) WHERE deleted_at IS NULL;

CREATE TABLE activity_theme (
    activity_id TEXT NOT NULL REFERENCES activity(id),
    theme TEXT NOT NULL,
    PRIMARY KEY (activity_id, theme)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_theme_by_theme ON activity_theme(theme);

CREATE TABLE activity_equipment (
    activity_id TEXT NOT NULL REFERENCES activity(id),
    equipment TEXT NOT NULL,
    PRIMARY KEY (activity_id, equipment)
) STRICT, WITHOUT ROWID;

-- One row per beneficiary per activity.
CREATE TABLE accompaniment (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activity(id),
    beneficiary_id TEXT NOT NULL REFERENCES beneficiary(id),
    first_accompaniment INTEGER NOT NULL CHECK (first_accompaniment IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (activity_id, beneficiary_id)
) STRICT;
CREATE INDEX accompaniment_by_beneficiary ON accompaniment(beneficiary_id);

CREATE TABLE procedure (
    id TEXT PRIMARY KEY NOT NULL,
    beneficiary_id TEXT NOT NULL REFERENCES beneficiary(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX procedure_by_beneficiary ON procedure(beneficiary_id);
CREATE INDEX procedure_by_deadline ON procedure(deadline) WHERE deleted_at IS NULL;

-- Every status a procedure went through, oldest first (the first row is its creation).
CREATE TABLE procedure_status_change (
    id TEXT PRIMARY KEY NOT NULL,
    procedure_id TEXT NOT NULL REFERENCES procedure(id),
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL
) STRICT;
CREATE INDEX procedure_status_change_by_procedure ON procedure_status_change(procedure_id, changed_at);

-- What was done, when, to which record. Never personal data: codes and identifiers only.
CREATE TABLE audit_event (
    id TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL
) STRICT;
CREATE INDEX audit_event_by_entity ON audit_event(entity, entity_id);
