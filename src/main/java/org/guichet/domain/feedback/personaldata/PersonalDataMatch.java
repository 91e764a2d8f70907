package org.guichet.domain.feedback.personaldata;

import java.util.Objects;

/** Personal data found in a text, between {@code start} (inclusive) and {@code end} (exclusive). */
public record PersonalDataMatch(PersonalDataKind kind, int start, int end) {

    public PersonalDataMatch {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Range " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(PersonalDataMatch other) {
        return start < other.end && other.start < end;
    }

    public String in(String text) {
        return text.substring(start, end);
    }
}
