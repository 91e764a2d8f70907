package org.guichet.procedures;

import java.util.regex.Pattern;

/**
 * Official text made fit for a narrow screen: its no-break spaces ("l'hébergement (ASH)",
 * "demande :") become ordinary spaces, so large text can wrap there instead of breaking a word.
 */
final class DisplayText {
    private static final Pattern NO_BREAK_SPACES = Pattern.compile("[\\u00A0\\u202F\\u2007]");

    private DisplayText() {
    }

    static String of(String official) {
        return NO_BREAK_SPACES.matcher(official).replaceAll(" ").strip();
    }
}
