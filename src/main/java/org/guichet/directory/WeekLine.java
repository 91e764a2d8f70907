package org.guichet.directory;

import java.util.List;

/** One day of an office's week as said on screen, with the comments that may restrict it. */
public record WeekLine(String text, boolean today, List<String> notes) {
    public WeekLine {
        notes = List.copyOf(notes);
    }
}
