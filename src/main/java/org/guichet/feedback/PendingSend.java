package org.guichet.feedback;

import org.guichet.appointments.IdempotencyKey;

/**
 * An outbox row claimed for one delivery attempt: the request exactly as stored, its key, and how
 * many attempts in a row have failed before this one.
 */
record PendingSend(long id, OutboxKind kind, String body, IdempotencyKey key, int failuresInRow) {
    @Override
    public String toString() {
        return "PendingSend[id=" + id + ", kind=" + kind + ", body=" + Redacted.text(body)
                + ", failuresInRow=" + failuresInRow + "]";
    }
}
