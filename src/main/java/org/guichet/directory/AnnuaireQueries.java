package org.guichet.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * ODSQL conditions for the API Annuaire. User text is reduced to letters, digits and spaces before
 * it goes inside a string literal, so it can never end the literal or add a condition.
 */
final class AnnuaireQueries {

    private static final Pattern NOT_IN_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AnnuaireQueries() {
    }

    /** Full-text search over every field; empty when the text has no word. */
    static Optional<String> fullText(String userText) {
        String text = Normalizer.normalize(userText == null ? "" : userText, Normalizer.Form.NFC);
        String words = Arrays.stream(NOT_IN_A_WORD.split(text))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? Optional.empty() : Optional.of("search(*, \"" + words + "\")");
    }
}
