package org.guichet.tools;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The v4 dump writes dates "dd/MM/yyyy HH:mm:ss"; date-only sources get 00:00:00, as DILA's own date_creation does. */
final class DilaDates {
    static final DateTimeFormatter V4_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private DilaDates() {
    }

    /** "2015-04-30" → "30/04/2015 00:00:00"; "" stays "". */
    static String fromIsoDate(String isoDate) {
        return isoDate.isEmpty() ? "" : LocalDate.parse(isoDate).atStartOfDay().format(V4_DATE_TIME);
    }
}
