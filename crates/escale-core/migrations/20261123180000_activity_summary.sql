-- Each person's accompaniment count and latest day, kept up to date by triggers, so that a page
-- of the list reads one small row per person instead of every accompaniment of each.
-- Derived data: the triggers below recompute a person's row from the accompaniments and
-- activities whenever one of theirs is added, changed (date, tombstone, person) or removed,
-- whichever code does it; it can be rebuilt from those tables at any time.
CREATE TABLE beneficiary_activity_summary (
    beneficiary_id TEXT PRIMARY KEY NOT NULL,
    activity_count INTEGER NOT NULL,
    last_activity_date TEXT
) STRICT, WITHOUT ROWID;

INSERT INTO beneficiary_activity_summary (beneficiary_id, activity_count, last_activity_date)
SELECT ac.beneficiary_id, count(*), max(a.date)
FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id
WHERE ac.deleted_at IS NULL AND a.deleted_at IS NULL
GROUP BY ac.beneficiary_id;

-- The summary of the person of accompaniment row `person`, recomputed (one statement per
-- trigger: SQLite triggers cannot call a shared routine).
CREATE TRIGGER accompaniment_summary_after_insert AFTER INSERT ON accompaniment BEGIN
    INSERT OR REPLACE INTO beneficiary_activity_summary (beneficiary_id, activity_count, last_activity_date)
    SELECT NEW.beneficiary_id, count(*), max(a.date)
    FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id
    WHERE ac.beneficiary_id = NEW.beneficiary_id AND ac.deleted_at IS NULL AND a.deleted_at IS NULL;
END;

CREATE TRIGGER accompaniment_summary_after_update AFTER UPDATE OF beneficiary_id, activity_id, deleted_at ON accompaniment BEGIN
    INSERT OR REPLACE INTO beneficiary_activity_summary (beneficiary_id, activity_count, last_activity_date)
    SELECT person.id, count(a.id), max(a.date)
    FROM (SELECT OLD.beneficiary_id AS id UNION SELECT NEW.beneficiary_id) person
    LEFT JOIN accompaniment ac ON ac.beneficiary_id = person.id AND ac.deleted_at IS NULL
    LEFT JOIN activity a ON a.id = ac.activity_id AND a.deleted_at IS NULL
    GROUP BY person.id;
END;

CREATE TRIGGER accompaniment_summary_after_delete AFTER DELETE ON accompaniment BEGIN
    INSERT OR REPLACE INTO beneficiary_activity_summary (beneficiary_id, activity_count, last_activity_date)
    SELECT OLD.beneficiary_id, count(*), max(a.date)
    FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id
    WHERE ac.beneficiary_id = OLD.beneficiary_id AND ac.deleted_at IS NULL AND a.deleted_at IS NULL;
END;

CREATE TRIGGER activity_summary_after_update AFTER UPDATE OF date, deleted_at ON activity BEGIN
    INSERT OR REPLACE INTO beneficiary_activity_summary (beneficiary_id, activity_count, last_activity_date)
    SELECT person.beneficiary_id, count(a.id), max(a.date)
    FROM (SELECT DISTINCT beneficiary_id FROM accompaniment WHERE activity_id = NEW.id) person
    LEFT JOIN accompaniment ac ON ac.beneficiary_id = person.beneficiary_id AND ac.deleted_at IS NULL
    LEFT JOIN activity a ON a.id = ac.activity_id AND a.deleted_at IS NULL
    GROUP BY person.beneficiary_id;
END;
