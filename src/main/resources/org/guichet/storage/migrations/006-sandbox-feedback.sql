-- The sandbox gateway's stored opinions (JDMA answers) and document reports.
CREATE TABLE sandbox_feedback (
    id                   TEXT    PRIMARY KEY NOT NULL,
    subject_kind         TEXT    NOT NULL,
    subject_id           TEXT    NOT NULL,
    satisfaction         TEXT    NOT NULL CHECK (satisfaction IN ('bad', 'medium', 'good')),
    comprehension        INTEGER CHECK (comprehension BETWEEN 1 AND 5),
    contact_tried        TEXT    NOT NULL,
    contact_reached      TEXT    NOT NULL,
    contact_satisfaction TEXT    NOT NULL,
    verbatim             TEXT,
    language             TEXT    NOT NULL,
    answered_at          TEXT    NOT NULL,
    received_at          TEXT    NOT NULL
);

CREATE INDEX sandbox_feedback_subject ON sandbox_feedback (subject_kind, subject_id);

CREATE TABLE sandbox_document_report (
    id           TEXT PRIMARY KEY NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    unclear      TEXT NOT NULL,
    suggestion   TEXT,
    language     TEXT NOT NULL,
    reported_at  TEXT NOT NULL,
    received_at  TEXT NOT NULL
);
