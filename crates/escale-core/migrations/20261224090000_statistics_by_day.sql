-- Statistics of a year at a million accompaniments read a few hundred small rows instead of
-- every row of the year (stats/days.rs). Derived data only, rebuilt from the rows at any time:
--
-- 1. `statistics_person`: each person's number (for the sets of people below) and the facts the
--    people breakdowns count, a narrow copy of `beneficiary` and of the summary's first day,
--    kept by the triggers below whichever code changes a person.
-- 2. `statistics_day`: one row per day and place of activity (place '' for none) with what the
--    day's activities add up to (`figures`, JSON) and the set of people accompanied that day
--    (`people`, a serialized Roaring bitmap of person numbers). Written by the statistics code
--    only, never by a trigger: a bitmap cannot be built in SQL.
-- 3. `statistics_stale_day`: the days whose activities changed since their row was written.
--    Triggers on every table a day's figures come from mark the day (the old day and the new
--    one when an activity moves); the next reading of statistics counts those days again from
--    the rows before answering. So a record entered late, corrected, deleted or merged changes
--    the figures of its own day, as when every row was read (facts_at_activity_date).

CREATE TABLE statistics_person (
    -- AUTOINCREMENT: a number is never given again, so a set written before a person was
    -- erased can never name someone else.
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    beneficiary_id TEXT NOT NULL UNIQUE,
    anonymous INTEGER NOT NULL,
    birth_year INTEGER,
    gender TEXT NOT NULL,
    social_status TEXT NOT NULL,
    commune_name TEXT NOT NULL,
    commune_postal_code TEXT NOT NULL,
    commune_insee_code TEXT NOT NULL,
    accompanied_before INTEGER NOT NULL,
    first_activity_date TEXT
) STRICT;

INSERT INTO statistics_person
    (beneficiary_id, anonymous, birth_year, gender, social_status, commune_name, commune_postal_code,
     commune_insee_code, accompanied_before, first_activity_date)
SELECT b.id, b.anonymous, b.birth_year, b.gender, b.social_status, b.commune_name, b.commune_postal_code,
       b.commune_insee_code, b.accompanied_before, s.first_activity_date
FROM beneficiary b LEFT JOIN beneficiary_activity_summary s ON s.beneficiary_id = b.id
ORDER BY b.rowid;

CREATE TRIGGER statistics_person_after_insert AFTER INSERT ON beneficiary BEGIN
    INSERT INTO statistics_person
        (beneficiary_id, anonymous, birth_year, gender, social_status, commune_name, commune_postal_code,
         commune_insee_code, accompanied_before, first_activity_date)
    VALUES (NEW.id, NEW.anonymous, NEW.birth_year, NEW.gender, NEW.social_status, NEW.commune_name,
            NEW.commune_postal_code, NEW.commune_insee_code, NEW.accompanied_before,
            (SELECT first_activity_date FROM beneficiary_activity_summary WHERE beneficiary_id = NEW.id));
END;

CREATE TRIGGER statistics_person_after_update AFTER UPDATE OF
    id, anonymous, birth_year, gender, social_status, commune_name, commune_postal_code, commune_insee_code,
    accompanied_before ON beneficiary BEGIN
    UPDATE statistics_person SET
        beneficiary_id = NEW.id, anonymous = NEW.anonymous, birth_year = NEW.birth_year, gender = NEW.gender,
        social_status = NEW.social_status, commune_name = NEW.commune_name,
        commune_postal_code = NEW.commune_postal_code, commune_insee_code = NEW.commune_insee_code,
        accompanied_before = NEW.accompanied_before
    WHERE beneficiary_id = OLD.id;
END;

CREATE TRIGGER statistics_person_after_delete AFTER DELETE ON beneficiary BEGIN
    DELETE FROM statistics_person WHERE beneficiary_id = OLD.id;
END;

-- The summary is written with INSERT OR REPLACE, which fires the insert trigger (and the delete
-- trigger first, when recursive triggers are on).
CREATE TRIGGER statistics_person_summary_after_insert AFTER INSERT ON beneficiary_activity_summary BEGIN
    UPDATE statistics_person SET first_activity_date = NEW.first_activity_date
    WHERE beneficiary_id = NEW.beneficiary_id;
END;

CREATE TRIGGER statistics_person_summary_after_update AFTER UPDATE ON beneficiary_activity_summary BEGIN
    UPDATE statistics_person SET first_activity_date = NEW.first_activity_date
    WHERE beneficiary_id = NEW.beneficiary_id;
END;

CREATE TRIGGER statistics_person_summary_after_delete AFTER DELETE ON beneficiary_activity_summary BEGIN
    UPDATE statistics_person SET first_activity_date = NULL WHERE beneficiary_id = OLD.beneficiary_id;
END;

CREATE TABLE statistics_day (
    day TEXT NOT NULL,
    place_id TEXT NOT NULL,
    figures TEXT NOT NULL,
    people BLOB NOT NULL,
    PRIMARY KEY (day, place_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE statistics_stale_day (
    day TEXT PRIMARY KEY NOT NULL
) STRICT, WITHOUT ROWID;

-- Every day with an activity, live or deleted, is counted at the first reading.
INSERT OR IGNORE INTO statistics_stale_day (day) SELECT DISTINCT date FROM activity;

CREATE TRIGGER statistics_day_after_activity_insert AFTER INSERT ON activity BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) VALUES (NEW.date);
END;

CREATE TRIGGER statistics_day_after_activity_update AFTER UPDATE OF
    date, kind, duration_minutes, place_type, place_id, anonymous_participants, deleted_at ON activity BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) VALUES (OLD.date), (NEW.date);
END;

CREATE TRIGGER statistics_day_after_activity_delete AFTER DELETE ON activity BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) VALUES (OLD.date);
END;

CREATE TRIGGER statistics_day_after_accompaniment_insert AFTER INSERT ON accompaniment BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) SELECT date FROM activity WHERE id = NEW.activity_id;
END;

CREATE TRIGGER statistics_day_after_accompaniment_update AFTER UPDATE OF
    activity_id, beneficiary_id, deleted_at ON accompaniment BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day)
    SELECT date FROM activity WHERE id IN (OLD.activity_id, NEW.activity_id);
END;

CREATE TRIGGER statistics_day_after_accompaniment_delete AFTER DELETE ON accompaniment BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) SELECT date FROM activity WHERE id = OLD.activity_id;
END;

CREATE TRIGGER statistics_day_after_theme_insert AFTER INSERT ON activity_theme BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) SELECT date FROM activity WHERE id = NEW.activity_id;
END;

CREATE TRIGGER statistics_day_after_theme_update AFTER UPDATE ON activity_theme BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day)
    SELECT date FROM activity WHERE id IN (OLD.activity_id, NEW.activity_id);
END;

CREATE TRIGGER statistics_day_after_theme_delete AFTER DELETE ON activity_theme BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) SELECT date FROM activity WHERE id = OLD.activity_id;
END;

CREATE TRIGGER statistics_day_after_equipment_insert AFTER INSERT ON activity_equipment BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) SELECT date FROM activity WHERE id = NEW.activity_id;
END;

CREATE TRIGGER statistics_day_after_equipment_update AFTER UPDATE ON activity_equipment BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day)
    SELECT date FROM activity WHERE id IN (OLD.activity_id, NEW.activity_id);
END;

CREATE TRIGGER statistics_day_after_equipment_delete AFTER DELETE ON activity_equipment BEGIN
    INSERT OR IGNORE INTO statistics_stale_day (day) SELECT date FROM activity WHERE id = OLD.activity_id;
END;
