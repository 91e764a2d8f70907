package org.guichet.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into an FTS5 query that matches every word as a prefix. Only letters
 * and digits survive, each word is quoted, so no input can be read as FTS5 syntax (quotes, *, -,
 * parentheses, AND/OR/NOT/NEAR, column filters). Little French linking words ("mairie de
 * Verderonne") are left out unless the text has nothing else: office names seldom hold them.
 */
final class SearchQuery {

    private static final Pattern NOT_IN_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LINKING_WORDS = Set.of(
            "a", "à", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "sur");

    private SearchQuery() {
    }

    /** Empty when the text has no word to search for. */
    static Optional<String> match(String userText) {
        String text = Normalizer.normalize(userText == null ? "" : userText, Normalizer.Form.NFC);
        List<String> words = Arrays.stream(NOT_IN_A_WORD.split(text)).filter(word -> !word.isEmpty()).toList();
        List<String> meaningful = words.stream()
                .filter(word -> !LINKING_WORDS.contains(word.toLowerCase(Locale.ROOT))).toList();
        String query = (meaningful.isEmpty() ? words : meaningful).stream()
                .map(word -> "\"" + word + "\"*")
                .collect(Collectors.joining(" "));
        return query.isEmpty() ? Optional.empty() : Optional.of(query);
    }
}
