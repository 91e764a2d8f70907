package org.guichet.sandbox;

import org.guichet.appointments.BookingMode;
import org.guichet.domain.hours.OfficeHours;

/** Resolves the office, reason and mode a request names, or ends it with the matching problem. */
final class Offices {
    private final OfficeHoursLookup lookup;

    Offices(OfficeHoursLookup lookup) {
        this.lookup = lookup;
    }

    BookableOffice office(String officeId) {
        return lookup.find(officeId)
                .orElseThrow(() -> new ProblemException(ProblemCode.OFFICE_NOT_FOUND, "unknown office id"));
    }

    CatalogReason reason(BookableOffice office, String reasonId, BookingMode mode) {
        CatalogReason reason = ReasonCatalog.find(office, reasonId)
                .orElseThrow(() -> new ProblemException(ProblemCode.REASON_NOT_FOUND, "unknown reason for this office"));
        if (mode == null) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "mode must be on_site, phone or video");
        }
        if (!reason.reason().modes().contains(mode)) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED,
                    "this reason is not offered " + mode.wireName());
        }
        return reason;
    }

    /** An office whose time zone is unknown has no slot to book. */
    static OfficeHours hoursForBooking(BookableOffice office) {
        return office.hours()
                .orElseThrow(() -> new ProblemException(ProblemCode.SLOT_NOT_FOUND, "this office has no slots"));
    }
}
