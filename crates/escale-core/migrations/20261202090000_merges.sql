-- Two records of the same person merged into one (the national platform merges duplicates too),
-- kept so that the merge can be undone: the kept record's fields before the merge, and which
-- rows moved from the other record. The other record becomes a tombstone (deleted_at), never
-- deleted, so that an undo brings it back whole.
CREATE TABLE beneficiary_merge (
    id TEXT PRIMARY KEY NOT NULL,
    kept_id TEXT NOT NULL REFERENCES beneficiary(id),
    merged_id TEXT NOT NULL REFERENCES beneficiary(id),
    -- JSON: the kept record's fields that the merge filled in, as they were before.
    kept_before TEXT NOT NULL,
    -- JSON: ids of the rows moved to the kept record (accompaniments, procedures, consents) and
    -- of the other record's accompaniments set aside because both took part in one workshop.
    moved TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    undone_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
) STRICT;
CREATE INDEX beneficiary_merge_by_kept ON beneficiary_merge(kept_id);
CREATE INDEX beneficiary_merge_by_merged ON beneficiary_merge(merged_id);
