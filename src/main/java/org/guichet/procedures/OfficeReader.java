package org.guichet.procedures;

import java.util.List;
import java.util.Optional;
import org.guichet.domain.procedure.Office;
import org.w3c.dom.Element;

/** Reads an {@code OuSAdresser}. */
final class OfficeReader {
    private OfficeReader() {
    }

    static Office read(Element ouSAdresser) {
        String pivot = Xml.childText(ouSAdresser, "PivotLocal");
        return new Office(
                ouSAdresser.getAttribute("ID"),
                ouSAdresser.getAttribute("type"),
                Xml.childText(ouSAdresser, "Titre"),
                pivot.isEmpty() ? Optional.empty() : Optional.of(pivot),
                Xml.children(ouSAdresser, "RessourceWeb").stream().map(web -> web.getAttribute("URL")).toList(),
                Xml.childText(ouSAdresser, "Source"),
                Xml.child(ouSAdresser, "Texte").map(BlockReader::read).orElse(List.of()));
    }
}
