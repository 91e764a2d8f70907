package org.guichet.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into an FTS5 query that matches every word as a prefix. Only letters
 * and digits survive, each word is quoted, so no input can be read as FTS5 syntax (quotes, *, -,
 * parentheses, AND/OR/NOT/NEAR, column filters).
 */
final class SearchQuery {

    private static final Pattern NOT_IN_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchQuery() {
    }

    /** Empty when the text has no word to search for. */
    static Optional<String> match(String userText) {
        String text = Normalizer.normalize(userText == null ? "" : userText, Normalizer.Form.NFC);
        String query = Arrays.stream(NOT_IN_A_WORD.split(text))
                .filter(word -> !word.isEmpty())
                .map(word -> "\"" + word + "\"*")
                .collect(Collectors.joining(" "));
        return query.isEmpty() ? Optional.empty() : Optional.of(query);
    }
}
