-- The citizen's bookings, kept so "My appointments" and the recap read offline.
-- booking_token is a secret (it reads, cancels and moves the booking): never log it.
-- Office details are copied at booking time so the recap needs neither the directory nor the network.
CREATE TABLE appointment (
    booking_token    TEXT    PRIMARY KEY NOT NULL,
    reference        TEXT    NOT NULL UNIQUE,
    status           TEXT    NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    office_id        TEXT    NOT NULL,
    office_name      TEXT    NOT NULL,
    office_address   TEXT    NOT NULL,
    office_access    TEXT    NOT NULL,
    office_phone     TEXT    NOT NULL,
    reason_id        TEXT    NOT NULL,
    reason_label     TEXT    NOT NULL,
    documents_hint   TEXT    NOT NULL,
    mode             TEXT    NOT NULL,
    start_utc        TEXT    NOT NULL,
    duration_minutes INTEGER NOT NULL,
    time_zone        TEXT    NOT NULL
);
CREATE INDEX appointment_by_start ON appointment (start_utc);
