package org.guichet.appointments;

import java.time.OffsetDateTime;

public record BookingRequest(String officeId, String reasonId, BookingMode mode, OffsetDateTime slotStart,
                             Contact contact, AccessibilityNeeds accessibility) {
    @Override
    public String toString() {
        return "BookingRequest[officeId=" + officeId + ", reasonId=" + reasonId + ", mode=" + mode
                + ", slotStart=" + slotStart + ", contact=redacted]";
    }
}
