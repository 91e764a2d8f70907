-- Opinions and document reports waiting to be sent to the gateway, and what became of them.
-- body is the JSON request exactly as it will be sent, again on every retry with the same
-- idempotency_key; it is emptied once the gateway has the request. Times are epoch milliseconds.
-- A sender claims a pending row by setting claimed_until (a lease), so two senders never send it
-- at the same time; a lease left by a crash simply expires.
CREATE TABLE feedback_outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT    NOT NULL CHECK (kind IN ('feedback', 'document_report')),
    subject_kind     TEXT    NOT NULL,
    subject_id       TEXT    NOT NULL,
    body             TEXT,
    idempotency_key  TEXT    NOT NULL UNIQUE,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    created_at       INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    failures_in_row  INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    claimed_until    INTEGER,
    sent_at          INTEGER,
    receipt_id       TEXT,
    failure_code     TEXT,
    CHECK (status = 'sent' OR body IS NOT NULL)
);

CREATE INDEX feedback_outbox_due ON feedback_outbox (status, next_attempt_at);
