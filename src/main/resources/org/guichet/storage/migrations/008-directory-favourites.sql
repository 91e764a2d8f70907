-- Offices the user keeps as favourites, offline. An office may leave the directory: the id stays
-- until the user removes it, and the app shows only favourites it can still find.
CREATE TABLE directory_favourite (
    office_id TEXT PRIMARY KEY NOT NULL,
    added_at  TEXT NOT NULL
);

-- One row per API Annuaire query made for the user: the server's cache validators, so a repeated
-- query can be answered "304 Not Modified", and when the answer was last received.
CREATE TABLE directory_remote_query (
    query         TEXT PRIMARY KEY NOT NULL,
    etag          TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    refreshed_at  TEXT NOT NULL
);

-- Where each office is (its visit address), for "near me": a box is read from the index, then
-- ranked by true distance.
ALTER TABLE directory_office ADD COLUMN latitude REAL;
ALTER TABLE directory_office ADD COLUMN longitude REAL;
CREATE INDEX directory_office_latitude ON directory_office (latitude);
