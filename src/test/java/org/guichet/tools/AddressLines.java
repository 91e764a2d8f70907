package org.guichet.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spreads free address lines (v2 {@code <Ligne>}, v3 {@code lignes}, cquest {@code streetAddress})
 * over the v4 address fields without changing any line: postal delivery lines (BP, CS, TSA…) go to
 * {@code service_distribution}; the last line starting with a number (else the last line) is the
 * street, {@code numero_voie}; the other lines, in order, are {@code complement1} and
 * {@code complement2} (a third one and beyond are appended to {@code complement2} after ", ").
 */
record AddressLines(String complement1, String complement2, String numeroVoie, String serviceDistribution) {

    private static final Pattern DELIVERY = Pattern.compile("(?i)^(BP|CS|TSA|CP|Case postale)\\b.*");
    private static final Pattern STARTS_WITH_NUMBER = Pattern.compile("^\\d.*");

    static AddressLines of(String complement, String street) {
        return new AddressLines(complement, "", street, "");
    }

    static AddressLines spread(List<String> rawLines) {
        List<String> delivery = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String raw : rawLines) {
            String line = Text.clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            (DELIVERY.matcher(line).matches() ? delivery : others).add(line);
        }
        int streetIndex = others.size() - 1;
        for (int i = others.size() - 1; i >= 0; i--) {
            if (STARTS_WITH_NUMBER.matcher(others.get(i)).matches()) {
                streetIndex = i;
                break;
            }
        }
        String street = streetIndex >= 0 ? others.remove(streetIndex) : "";
        String complement1 = others.isEmpty() ? "" : others.remove(0);
        String complement2 = String.join(", ", others);
        return new AddressLines(complement1, complement2, street, String.join(" ", delivery));
    }
}
