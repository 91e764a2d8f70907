package org.guichet.feedback;

/** How free text a citizen typed appears in logs and {@code toString()}: by its length only. */
final class Redacted {
    private Redacted() {
    }

    static String text(String text) {
        return text == null ? "null" : "<" + text.length() + " chars>";
    }
}
