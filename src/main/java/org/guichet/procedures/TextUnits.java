package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The smallest readable pieces of a section, each read as one line: paragraphs, list items (with
 * their sub-lists) and table rows. Descriptions of offices and online services are not part of
 * the text around them.
 */
final class TextUnits {
    private static final Set<String> NOT_TEXT = Set.of("Titre", "Condition", "OuSAdresser", "ServiceEnLigne");

    private TextUnits() {
    }

    static List<Element> of(Element section) {
        List<Element> units = new ArrayList<>();
        collect(section, units);
        return units;
    }

    /** The unit's text; a table row's cells are joined with " : ". */
    static String text(Element unit) {
        if (Xml.name(unit).equals("Rangée")) {
            return String.join(" : ", Xml.children(unit, "Cellule").stream().map(Xml::text).toList());
        }
        return Xml.text(unit);
    }

    private static void collect(Element parent, List<Element> units) {
        for (Element child : Xml.children(parent)) {
            String name = Xml.name(child);
            if (NOT_TEXT.contains(name)) {
                continue;
            }
            if (name.equals("Paragraphe") || name.equals("Item") || name.equals("Rangée")) {
                if (!TextUnits.text(child).isEmpty()) {
                    units.add(child);
                }
            } else {
                collect(child, units);
            }
        }
    }
}
