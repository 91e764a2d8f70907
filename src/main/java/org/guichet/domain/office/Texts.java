package org.guichet.domain.office;

import java.util.List;

/** Normalisation shared by the office records: absent text is the empty string, never null. */
final class Texts {

    private Texts() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    static List<String> nonBlank(List<String> texts) {
        return texts.stream().map(Texts::orEmpty).filter(text -> !text.isEmpty()).toList();
    }
}
