-- The embedded sandbox gateway (demo mode and tests), in its own database file.
-- One row per slot that has been booked at least once; slots never booked are implied by the
-- office's hours. taken starts at the slot's deterministic pre-booked count.
CREATE TABLE sandbox_slot (
    office_id  TEXT    NOT NULL,
    reason_id  TEXT    NOT NULL,
    start_utc  TEXT    NOT NULL,
    capacity   INTEGER NOT NULL CHECK (capacity > 0),
    taken      INTEGER NOT NULL CHECK (taken >= 0 AND taken <= capacity),
    PRIMARY KEY (office_id, reason_id, start_utc)
);

CREATE TABLE sandbox_booking (
    token                     TEXT    PRIMARY KEY NOT NULL,
    reference                 TEXT    NOT NULL UNIQUE,
    status                    TEXT    NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    office_id                 TEXT    NOT NULL,
    reason_id                 TEXT    NOT NULL,
    mode                      TEXT    NOT NULL,
    start_utc                 TEXT    NOT NULL,
    duration_minutes          INTEGER NOT NULL,
    time_zone                 TEXT    NOT NULL,
    contact_name              TEXT    NOT NULL,
    contact_email             TEXT,
    contact_phone             TEXT,
    priority_reception        INTEGER NOT NULL,
    sign_language_interpreter INTEGER NOT NULL,
    accessibility_note        TEXT,
    created_at                TEXT    NOT NULL
);

-- Successful results of writes sent with an Idempotency-Key, replayed on retries.
CREATE TABLE sandbox_idempotency (
    operation    TEXT    NOT NULL,
    key          TEXT    NOT NULL,
    request_hash TEXT    NOT NULL,
    status       INTEGER NOT NULL,
    body         TEXT    NOT NULL,
    PRIMARY KEY (operation, key)
);

CREATE TABLE sandbox_callback_request (
    id               TEXT PRIMARY KEY NOT NULL,
    office_id        TEXT NOT NULL,
    name             TEXT NOT NULL,
    phone            TEXT NOT NULL,
    preferred_period TEXT NOT NULL,
    reason_id        TEXT,
    created_at       TEXT NOT NULL
);
