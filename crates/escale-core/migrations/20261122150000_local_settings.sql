-- Settings of this laptop only (the screen lock's PIN, its idle delay): never merged with
-- another laptop's data, unlike the structure's settings.
CREATE TABLE local_setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
