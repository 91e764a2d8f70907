package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.procedure.CostLine;
import org.w3c.dom.Element;

/**
 * Cost lines: every paragraph, list item and table row of chapters titled "Coût", "Montant",
 * "Prix"…, and the rows of tables captioned so elsewhere, each in the official words.
 */
final class CostExtractor {
    private CostExtractor() {
    }

    static List<CostLine> extract(Element body) {
        List<Element> sections = Sections.outermost(body, CostExtractor::isCostChapter);
        List<CostLine> lines = new ArrayList<>();
        for (Element section : sections) {
            TextUnits.of(section).forEach(unit -> lines.add(line(unit)));
        }
        for (Element table : Xml.descendants(body, "Tableau")) {
            boolean alreadyRead = sections.stream().anyMatch(section -> Xml.isInside(table, section));
            if (!alreadyRead && Titles.announcesCosts(Xml.childText(table, "Titre"))) {
                Xml.children(table, "Rangée").stream()
                        .filter(row -> !"header".equals(row.getAttribute("type")))
                        .forEach(row -> lines.add(line(row)));
            }
        }
        return lines;
    }

    private static boolean isCostChapter(Element section) {
        String name = Xml.name(section);
        return (name.equals("Chapitre") || name.equals("SousChapitre")) && Titles.announcesCosts(Sections.title(section));
    }

    private static CostLine line(Element unit) {
        String text = TextUnits.text(unit);
        return new CostLine(Sections.situation(unit), text, EuroAmounts.in(text));
    }
}
