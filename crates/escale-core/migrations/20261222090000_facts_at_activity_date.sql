-- Facts that reports rest on are computed at the activity's own date, when a report is made, not
-- frozen when a record was typed: records are entered late, corrected and merged.
--
-- 1. "First accompaniment" is no longer stored. It was set when a row was inserted, so a record
--    entered late for an earlier day, or a merge of two records of one person, left two "first"
--    accompaniments, or none. It is now read from the rows (activity/facts.rs): a person's
--    earliest live accompaniment, unless they were accompanied before they came here.
ALTER TABLE accompaniment DROP COLUMN first_accompaniment;

-- 2. Each person's first day of accompaniment joins their count and latest day in the summary
--    (derived data, kept by the triggers below and rebuilt here from the rows), so that "new
--    people in a period" reads one small row per person.
ALTER TABLE beneficiary_activity_summary ADD COLUMN first_activity_date TEXT;

UPDATE beneficiary_activity_summary SET first_activity_date = (
    SELECT min(a.date)
    FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id
    WHERE ac.beneficiary_id = beneficiary_activity_summary.beneficiary_id
      AND ac.deleted_at IS NULL AND a.deleted_at IS NULL
);

DROP TRIGGER accompaniment_summary_after_insert;
DROP TRIGGER accompaniment_summary_after_update;
DROP TRIGGER accompaniment_summary_after_delete;
DROP TRIGGER activity_summary_after_update;

CREATE TRIGGER accompaniment_summary_after_insert AFTER INSERT ON accompaniment BEGIN
    INSERT OR REPLACE INTO beneficiary_activity_summary
        (beneficiary_id, activity_count, last_activity_date, first_activity_date)
    SELECT NEW.beneficiary_id, count(*), max(a.date), min(a.date)
    FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id
    WHERE ac.beneficiary_id = NEW.beneficiary_id AND ac.deleted_at IS NULL AND a.deleted_at IS NULL;
END;

CREATE TRIGGER accompaniment_summary_after_update AFTER UPDATE OF beneficiary_id, activity_id, deleted_at ON accompaniment BEGIN
    INSERT OR REPLACE INTO beneficiary_activity_summary
        (beneficiary_id, activity_count, last_activity_date, first_activity_date)
    SELECT person.id, count(a.id), max(a.date), min(a.date)
    FROM (SELECT OLD.beneficiary_id AS id UNION SELECT NEW.beneficiary_id) person
    LEFT JOIN accompaniment ac ON ac.beneficiary_id = person.id AND ac.deleted_at IS NULL
    LEFT JOIN activity a ON a.id = ac.activity_id AND a.deleted_at IS NULL
    GROUP BY person.id;
END;

CREATE TRIGGER accompaniment_summary_after_delete AFTER DELETE ON accompaniment BEGIN
    INSERT OR REPLACE INTO beneficiary_activity_summary
        (beneficiary_id, activity_count, last_activity_date, first_activity_date)
    SELECT OLD.beneficiary_id, count(*), max(a.date), min(a.date)
    FROM accompaniment ac JOIN activity a ON a.id = ac.activity_id
    WHERE ac.beneficiary_id = OLD.beneficiary_id AND ac.deleted_at IS NULL AND a.deleted_at IS NULL;
END;

CREATE TRIGGER activity_summary_after_update AFTER UPDATE OF date, deleted_at ON activity BEGIN
    INSERT OR REPLACE INTO beneficiary_activity_summary
        (beneficiary_id, activity_count, last_activity_date, first_activity_date)
    SELECT person.beneficiary_id, count(a.id), max(a.date), min(a.date)
    FROM (SELECT DISTINCT beneficiary_id FROM accompaniment WHERE activity_id = NEW.id) person
    LEFT JOIN accompaniment ac ON ac.beneficiary_id = person.beneficiary_id AND ac.deleted_at IS NULL
    LEFT JOIN activity a ON a.id = ac.activity_id AND a.deleted_at IS NULL
    GROUP BY person.beneficiary_id;
END;
