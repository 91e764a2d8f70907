package org.guichet.domain.office;

import java.util.List;

/**
 * Normalisation shared by the office records: absent text is the empty string, never null; text is
 * stripped and loses control characters other than line breaks and tabs, and unpaired surrogates
 * (JSON can escape them; no text needs them and they do not survive UTF-8).
 */
final class Texts {

    private Texts() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : withoutControls(text).strip();
    }

    private static String withoutControls(String text) {
        if (text.codePoints().noneMatch(Texts::isUnwanted)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isUnwanted(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isUnwanted(int codePoint) {
        return Character.getType(codePoint) == Character.SURROGATE
                || Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\r' && codePoint != '\t';
    }

    static List<String> nonBlank(List<String> texts) {
        return texts.stream().map(Texts::orEmpty).filter(text -> !text.isEmpty()).toList();
    }
}
