-- The accompaniment form offers the place of the day and the themes and durations used most
-- lately: each is read from the end of an index, so the cost does not grow with the history.
-- The index by day alone is replaced by one by day and entry time (lists are ordered by both).
DROP INDEX activity_by_date;
CREATE INDEX activity_by_day_and_entry ON activity(date, created_at) WHERE deleted_at IS NULL;
CREATE INDEX activity_by_kind_and_day ON activity(kind, date, created_at) WHERE deleted_at IS NULL;

-- A person first recorded here who had already been accompanied before (elsewhere, or before
-- Escale): none of their accompaniments here is their first one for the national statistics.
ALTER TABLE beneficiary ADD COLUMN accompanied_before INTEGER NOT NULL DEFAULT 0
    CHECK (accompanied_before IN (0, 1));
