-- Lists and searches that stay fast at 100,000 people: they read one page, never every row.

-- Everyone in the order of the list (named people alphabetically, then anonymous ones): the list
-- shown before anything is typed walks it and stops at the end of its page. It replaces the
-- index on the sort key alone.
DROP INDEX beneficiary_by_name;
CREATE INDEX beneficiary_in_list_order ON beneficiary(anonymous, sort_key, id) WHERE deleted_at IS NULL;

-- Named people with their sort key and folded name terms (the terms of the FTS5 index, each
-- preceded by a space), keyed by the beneficiary's rowid. Derived from the names like the FTS5
-- index and rebuilt with it (search/name_index.rs). Two uses, each reading small rows rather than
-- whole beneficiary rows scattered over the file:
-- - a precise search sorts its FTS5 matches by looking their sort key up here;
-- - a broad search (one letter, "ma") walks the index below in alphabetical order, testing the
--   terms as it goes, and stops once its page is full, instead of sorting tens of thousands of
--   matches.
CREATE TABLE beneficiary_name_list (
    person INTEGER PRIMARY KEY,
    sort_key TEXT NOT NULL,
    id TEXT NOT NULL,
    terms TEXT NOT NULL,
    skeletons TEXT NOT NULL
) STRICT;
CREATE INDEX beneficiary_name_list_in_order ON beneficiary_name_list(sort_key, id, terms, skeletons);
