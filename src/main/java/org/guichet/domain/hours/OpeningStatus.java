package org.guichet.domain.hours;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an office is open at an instant. Times are in the office's own zone. {@code uncertain}
 * is set when a comment may restrict the hours of the day concerned (today, or the day of the next
 * opening), so the answer must not be shown as certain.
 */
public sealed interface OpeningStatus {

    /** Open now; {@code reopensAt} is the end of the lunch break when another slot follows today. */
    record Open(ZonedDateTime closesAt, boolean closingSoon, Optional<ZonedDateTime> reopensAt, boolean uncertain)
            implements OpeningStatus {
        public Open {
            Objects.requireNonNull(closesAt, "closesAt");
            Objects.requireNonNull(reopensAt, "reopensAt");
        }
    }

    /** Closed now; {@code nextOpening} is empty when the office does not open within the search horizon. */
    record Closed(Optional<ZonedDateTime> nextOpening, boolean uncertain) implements OpeningStatus {
        public Closed {
            Objects.requireNonNull(nextOpening, "nextOpening");
        }
    }

    /** Closed all day because today is a public holiday where the office is. */
    record ClosedForHoliday(Holiday holiday, Optional<ZonedDateTime> nextOpening, boolean uncertain)
            implements OpeningStatus {
        public ClosedForHoliday {
            Objects.requireNonNull(holiday, "holiday");
            Objects.requireNonNull(nextOpening, "nextOpening");
        }
    }

    /** The office publishes no usable hours. */
    record Unknown() implements OpeningStatus {
    }
}
