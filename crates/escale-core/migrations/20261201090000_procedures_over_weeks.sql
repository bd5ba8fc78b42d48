-- Procedures followed over weeks: the catalogue (shipped as data, plus the structure's own
-- entries), renewal and call-back days, the day each step happened, checklists of documents,
-- and the accompaniments linked to a procedure.
-- Same conventions as the first schema: UUID v7 text ids, RFC 3339 UTC times, 'YYYY-MM-DD' days,
-- created_at/updated_at/deleted_at on rows a mediator changes, a declared PRIMARY KEY everywhere.
--
-- procedure.kind keeps its codes: every code of the former fixed list (caf_rsa, anef_titre_sejour,
-- ants_carte_identite, …) is an id of the catalogue (assets/procedures/catalogue.toml), so stored
-- procedures read back unchanged. The new status 'en_instruction' (in review) needs no change:
-- status codes are checked by the core.

-- The next renewal or recurring declaration, computed from the catalogue when the procedure
-- reaches the recurrence's status; and the day the mediator plans to call the person back.
ALTER TABLE procedure ADD COLUMN renewal_on TEXT;
ALTER TABLE procedure ADD COLUMN call_back_on TEXT;
CREATE INDEX procedure_by_renewal ON procedure(renewal_on) WHERE deleted_at IS NULL AND renewal_on IS NOT NULL;
CREATE INDEX procedure_by_call_back ON procedure(call_back_on) WHERE deleted_at IS NULL AND call_back_on IS NOT NULL;

-- What a step records ('status_change', 'reopening', 'recurrence_done') and the day it happened,
-- which may be earlier than the time it was recorded. Existing steps happened when recorded.
ALTER TABLE procedure_status_change ADD COLUMN event TEXT NOT NULL DEFAULT 'status_change';
ALTER TABLE procedure_status_change ADD COLUMN happened_on TEXT NOT NULL DEFAULT '';
UPDATE procedure_status_change SET happened_on = substr(changed_at, 1, 10);

-- The checklist: one row per document of a procedure; brought_on NULL while missing; a
-- tombstone when this person's case does not need it.
CREATE TABLE procedure_document (
    procedure_id TEXT NOT NULL REFERENCES procedure(id),
    -- A document id of the catalogue.
    document TEXT NOT NULL,
    brought_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    PRIMARY KEY (procedure_id, document)
) STRICT;

-- Accompaniments that worked on a procedure.
CREATE TABLE procedure_activity (
    procedure_id TEXT NOT NULL REFERENCES procedure(id),
    activity_id TEXT NOT NULL REFERENCES activity(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    PRIMARY KEY (procedure_id, activity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX procedure_activity_by_activity ON procedure_activity(activity_id);

-- The structure's own catalogue entries; their id (a UUID) is the kind of their procedures.
CREATE TABLE procedure_catalogue_entry (
    id TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL,
    -- An administrative theme code.
    theme TEXT NOT NULL,
    -- Document ids of the catalogue, as a JSON array.
    documents TEXT NOT NULL DEFAULT '[]',
    typical_delay_days INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;

-- Entries (shipped or own) the structure hides when picking a procedure.
CREATE TABLE procedure_catalogue_choice (
    entry_id TEXT PRIMARY KEY NOT NULL,
    hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
    updated_at TEXT NOT NULL
) STRICT;
