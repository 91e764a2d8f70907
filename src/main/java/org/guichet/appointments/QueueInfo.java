package org.guichet.appointments;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code waitEstimateMinutes} is null when the office is closed or gives no estimate. */
public record QueueInfo(String officeId, Integer waitEstimateMinutes, OffsetDateTime updatedAt,
                        List<WeekdayAffluence> weekdays) {
}
