package org.guichet.domain.feedback.personaldata;

/** What people put between digit groups: spaces (including the no-break ones French keyboards type), dots, dashes. */
final class Separators {

    static final String ONE = "[ \\u00A0\\u202F.\\-]";
    static final String SPACE = "[ \\u00A0\\u202F]";

    private Separators() {
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '.' || c == '-';
    }

    static String withoutSeparators(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (!isSeparator(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
