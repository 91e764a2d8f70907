package org.guichet.appointments;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One appointment as an iCalendar (RFC 5545) file: a VCALENDAR with one VEVENT whose times are in
 * UTC, so every calendar shows them at the right moment whatever its zone. Texts are escaped and
 * lines folded at 75 octets without splitting a character.
 */
public final class IcsEvent {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsEvent() {
    }

    /**
     * @param uid         stays the same for the same booking, so a calendar updates instead of duplicating
     * @param stamp       when this file is made (DTSTAMP)
     * @param description free text, may be empty
     */
    public static String of(String uid, Instant stamp, Instant start, Instant end, String summary, String location,
                            String description) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Guichet//Rendez-vous//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + escape(uid));
        line(ics, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(end));
        line(ics, "SUMMARY:" + escape(summary));
        if (!location.isBlank()) {
            line(ics, "LOCATION:" + escape(location));
        }
        if (!description.isBlank()) {
            line(ics, "DESCRIPTION:" + escape(description));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; line breaks become {@code \n}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF and a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private static void line(StringBuilder ics, String content) {
        ics.append(fold(content)).append(CRLF);
    }
}
