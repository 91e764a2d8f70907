package org.guichet.procedures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds amounts written the French way before a euro sign: "86 €", "1 186,04 €", "8,5 €". */
final class EuroAmounts {
    private static final Pattern AMOUNT =
            Pattern.compile("(?<![\\d,])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})*|\\d+)(,\\d{1,2})?[ \\u00A0\\u202F]?€");

    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[ \\u00A0\\u202F]");

    private EuroAmounts() {
    }

    static List<BigDecimal> in(String text) {
        List<BigDecimal> amounts = new ArrayList<>();
        Matcher matcher = AMOUNT.matcher(text);
        while (matcher.find()) {
            String units = GROUP_SEPARATORS.matcher(matcher.group(1)).replaceAll("");
            String cents = matcher.group(2) == null ? "" : "." + matcher.group(2).substring(1);
            amounts.add(new BigDecimal(units + cents));
        }
        return amounts;
    }
}
