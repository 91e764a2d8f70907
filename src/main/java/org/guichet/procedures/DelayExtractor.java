package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guichet.domain.procedure.TimeLimit;
import org.w3c.dom.Element;

/**
 * Stated delays: the paragraphs, list items and table rows that speak of a "délai", and those of
 * the chapters titled so ("Délai de fabrication", "Délai d'obtention") that name a duration.
 */
final class DelayExtractor {
    private static final Set<String> SECTIONS = Set.of("Chapitre", "SousChapitre");

    private DelayExtractor() {
    }

    static List<TimeLimit> extract(Element body) {
        List<Element> delaySections = Sections.outermost(body,
                section -> SECTIONS.contains(Xml.name(section)) && Titles.announcesDelay(Sections.title(section)));
        List<TimeLimit> delays = new ArrayList<>();
        for (Element unit : TextUnits.of(body)) {
            String text = TextUnits.text(unit);
            boolean inDelaySection = delaySections.stream().anyMatch(section -> Xml.isInside(unit, section));
            if (TimeLimits.mentionsDelay(text) || (inDelaySection && TimeLimits.namesDuration(text))) {
                delays.add(new TimeLimit(Sections.situation(unit), text, TimeLimits.period(text)));
            }
        }
        return delays;
    }
}
