-- The structure's own words in a month's activity report ("this month the bus added a stop in
-- Lavans"), kept in the store: typed once, saved when the mediator leaves the field, printed
-- again identical, and never lost to a flat battery between typing and printing.
-- One note per month (its first day, "2026-10-01"): a report filtered by place says the same.
CREATE TABLE report_note (
    month TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
