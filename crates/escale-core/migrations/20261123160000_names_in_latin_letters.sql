-- Names found from a French keyboard whatever their script, and listed by their Latin form.

-- The name in Latin letters as on French documents, beside the name as the person writes it
-- (first_name, last_name: any script). Empty when the name is already written in Latin letters.
ALTER TABLE beneficiary ADD COLUMN latin_first_name TEXT NOT NULL DEFAULT '';
ALTER TABLE beneficiary ADD COLUMN latin_last_name TEXT NOT NULL DEFAULT '';

-- The name index gains a column: consonant skeletons of names written without vowels (Arabic,
-- Hebrew, Ge'ez), matched by words typed in Latin letters. An FTS5 table cannot gain a column,
-- so it is made again, empty; the core fills it from the rows, with the sort keys, when it
-- opens the store (search/name_index.rs: it rebuilds whenever its folding version changes).
DROP TABLE beneficiary_name_index;
CREATE VIRTUAL TABLE beneficiary_name_index USING fts5(
    terms,
    skeletons,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
