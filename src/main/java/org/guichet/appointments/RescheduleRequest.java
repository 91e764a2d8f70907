package org.guichet.appointments;

import java.time.OffsetDateTime;

public record RescheduleRequest(OffsetDateTime slotStart) {
}
