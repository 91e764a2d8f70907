package org.guichet.feedback;

import java.util.Arrays;
import java.util.Locale;

/** What an outbox row holds, hence which endpoint receives it. */
public enum OutboxKind {
    /** An answer to the JDMA questionnaire, sent to {@code POST /v1/feedback}. */
    FEEDBACK,
    /** A hard-to-understand document, sent to {@code POST /v1/document-reports}. */
    DOCUMENT_REPORT;

    String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OutboxKind ofStoredName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.storedName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown outbox kind " + name));
    }
}
