package org.guichet.feedback;

import java.time.OffsetDateTime;

/** The gateway's answer to a stored opinion or report. */
public record Receipt(String id, OffsetDateTime receivedAt) {
}
