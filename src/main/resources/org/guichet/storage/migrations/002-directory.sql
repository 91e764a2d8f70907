-- The annuaire (Service-Public.fr / DILA): offices and their parts, kept offline.
-- Absent text is '' (as in the domain records); parts keep the source's order in "position".
CREATE TABLE directory_office (
    key                    INTEGER PRIMARY KEY,
    id                     TEXT NOT NULL UNIQUE,
    name                   TEXT NOT NULL,
    acronym                TEXT NOT NULL,
    insee_code             TEXT NOT NULL,
    contact_form_url       TEXT NOT NULL,
    chat_url               TEXT NOT NULL,
    service_public_url     TEXT NOT NULL,
    hours_comment          TEXT NOT NULL,
    mission                TEXT NOT NULL,
    additional_information TEXT NOT NULL,
    updated_at             TEXT
);

CREATE TABLE directory_office_type (
    office_id TEXT NOT NULL REFERENCES directory_office (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    type      TEXT NOT NULL,
    PRIMARY KEY (office_id, position)
) WITHOUT ROWID;

CREATE INDEX directory_office_type_by_type ON directory_office_type (type, office_id);

-- lines: JSON array of strings; accessibility: ACC, NAC, DEM or ''.
CREATE TABLE directory_address (
    office_id          TEXT NOT NULL REFERENCES directory_office (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    kind               TEXT NOT NULL,
    lines              TEXT NOT NULL,
    postcode           TEXT NOT NULL,
    commune            TEXT NOT NULL,
    country            TEXT NOT NULL,
    latitude           REAL,
    longitude          REAL,
    accessibility      TEXT NOT NULL,
    accessibility_note TEXT NOT NULL,
    PRIMARY KEY (office_id, position)
) WITHOUT ROWID;

-- kind: phone, accessible_phone, fax, email, website, online_procedure, social_network.
-- label: a phone's description or a link's label.
CREATE TABLE directory_contact (
    office_id TEXT NOT NULL REFERENCES directory_office (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL,
    label     TEXT NOT NULL,
    PRIMARY KEY (office_id, position)
) WITHOUT ROWID;

-- Days are ISO numbers (1 = Monday); slots read "09:00-12:00 14:00-17:00".
CREATE TABLE directory_opening_range (
    office_id TEXT NOT NULL REFERENCES directory_office (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    first_day INTEGER NOT NULL,
    last_day  INTEGER NOT NULL,
    slots     TEXT NOT NULL,
    comment   TEXT NOT NULL,
    PRIMARY KEY (office_id, position)
) WITHOUT ROWID;

-- Full-text index, one row per office, rowid = directory_office.key.
CREATE VIRTUAL TABLE directory_office_search USING fts5 (
    name, commune, postcode, types,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Where the offline data comes from and how fresh it is.
CREATE TABLE directory_source (
    source      TEXT PRIMARY KEY NOT NULL,
    data_date   TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
