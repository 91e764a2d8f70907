package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IcsEventTest {

    private static final Instant STAMP = Instant.parse("2026-11-23T09:00:00.123Z");
    private static final Instant START = Instant.parse("2026-11-24T17:30:00Z");
    private static final Instant END = Instant.parse("2026-11-24T18:00:00Z");

    @Test
    void escapesTheCharactersRfc5545Reserves() {
        assertThat(IcsEvent.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        String line = "LOCATION:" + "Hôtel de ville, 13 rue de l'Église, ".repeat(6);
        String folded = IcsEvent.fold(line);

        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n")).hasSizeGreaterThan(2);
        assertThat(Arrays.stream(folded.split("\r\n")).skip(1)).allMatch(physical -> physical.startsWith(" "));
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void aShortLineIsLeftAlone() {
        assertThat(IcsEvent.fold("SUMMARY:État civil")).isEqualTo("SUMMARY:État civil");
    }

    @Test
    void theFileIsAParseableCalendarWithOneEvent() {
        String ics = IcsEvent.of("RDV-7K2M@guichet", STAMP, START, END, "État civil – Mairie - Verderonne",
                "Mairie - Verderonne, 13 rue de l'Église, 60140 Verderonne; accès par la cour, au rez-de-chaussée, "
                        + "rampe à gauche", "Référence : RDV-7K2M.\nApportez votre pièce d'identité.");

        assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = Arrays.asList(unfold(ics).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT");
        assertThat(lines).allMatch(line -> line.matches("[A-Z-]+(;[^:]*)?:.*"));

        Map<String, String> event = properties(lines);
        assertThat(event).containsEntry("UID", "RDV-7K2M@guichet")
                .containsEntry("DTSTAMP", "20261123T090000Z")
                .containsEntry("DTSTART", "20261124T173000Z")
                .containsEntry("DTEND", "20261124T180000Z")
                .containsEntry("SUMMARY", "État civil – Mairie - Verderonne");
        assertThat(unescape(event.get("LOCATION"))).isEqualTo("Mairie - Verderonne, 13 rue de l'Église, 60140 "
                + "Verderonne; accès par la cour, au rez-de-chaussée, rampe à gauche");
        assertThat(unescape(event.get("DESCRIPTION"))).isEqualTo("Référence : RDV-7K2M.\nApportez votre pièce d'identité.");
        assertThat(event).containsKeys("PRODID");
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "");
    }

    private static Map<String, String> properties(List<String> lines) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            properties.put(line.substring(0, colon).split(";")[0], line.substring(colon + 1));
        }
        return properties;
    }

    private static String unescape(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertThat(c).as("unescaped comma or semicolon").isNotIn(',', ';');
                text.append(c);
            }
        }
        return text.toString();
    }
}
