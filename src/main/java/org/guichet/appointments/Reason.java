package org.guichet.appointments;

import java.util.List;

/**
 * A reason (motif) an office takes appointments for. {@code documentsHint} and
 * {@code procedureFicheId} (a service-public.fr fiche such as F1341) may be null.
 */
public record Reason(String id, String label, List<BookingMode> modes, int durationMinutes, String documentsHint,
                     String procedureFicheId) {
}
