-- A search reads its first page of matches and stops, however many people the query matches.
--
-- The rowids of the name index (FTS5) become places that follow the alphabetical order of the
-- list (search/name_index.rs), so that the index hands over its matches in the order of the list.
-- The list of names keeps each person's place, sort key and identifier; the terms it held for
-- walking the list are no longer needed. Both are derived from the names: they are made again
-- empty here and filled by the core when it opens the store (its name index version changed).
DROP TABLE beneficiary_name_list;
CREATE TABLE beneficiary_name_list (
    person INTEGER PRIMARY KEY,
    place INTEGER NOT NULL UNIQUE,
    sort_key TEXT NOT NULL,
    id TEXT NOT NULL
) STRICT;
INSERT INTO beneficiary_name_index (beneficiary_name_index) VALUES ('delete-all');
