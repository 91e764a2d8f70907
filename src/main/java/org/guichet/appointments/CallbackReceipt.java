package org.guichet.appointments;

import java.time.OffsetDateTime;

/** {@code status} is "received". */
public record CallbackReceipt(String id, String officeId, String status, OffsetDateTime createdAt) {
}
