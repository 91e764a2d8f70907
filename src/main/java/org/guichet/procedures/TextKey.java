package org.guichet.procedures;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A form of French text for matching: no accents, lower case, ligatures spelt out, words separated
 * by single spaces ("Carte d'identité" → "carte d identite", "Œuvre" → "oeuvre").
 */
final class TextKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextKey() {
    }

    static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae");
        return SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }
}
