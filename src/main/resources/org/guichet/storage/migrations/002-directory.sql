-- The annuaire (Service-Public.fr / DILA) kept offline: one row per office.
-- "record" holds the office as one v4 dump record (JSON), every value the app keeps, read back
-- with the same reader as the dump; the other columns are what search needs.
CREATE TABLE directory_office (
    key        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    types      TEXT NOT NULL,   -- pivot types, space-separated: "mairie france_services"
    communes   TEXT NOT NULL,   -- communes of the addresses, space-separated
    postcodes  TEXT NOT NULL,   -- postcodes of the addresses, space-separated
    record     TEXT NOT NULL
);

-- Full-text index over directory_office. DirectoryStore keeps it in step, a whole batch per
-- statement: row triggers would cost more than the rest of an import.
CREATE VIRTUAL TABLE directory_office_search USING fts5 (
    name, communes, postcodes, types,
    content = 'directory_office', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Ranking: a word in the name weighs most, then in the type, the commune, the postcode.
INSERT INTO directory_office_search (directory_office_search, rank) VALUES ('rank', 'bm25(10.0, 3.0, 2.0, 4.0)');

-- Where the offline data comes from and how fresh it is.
CREATE TABLE directory_source (
    source      TEXT PRIMARY KEY NOT NULL,
    data_date   TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
