package org.guichet.procedures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.guichet.domain.procedure.Crumb;
import org.guichet.domain.procedure.ProcedureKind;
import org.guichet.domain.procedure.ProcedureSummary;
import org.w3c.dom.Element;

/** Reads the identity of a fiche: root attributes and Dublin Core metadata. */
final class SummaryReader {
    private static final String MODIFIED = "modified ";

    private SummaryReader() {
    }

    static ProcedureSummary read(String ficheId, Element root) {
        ProcedureKind kind = switch (Xml.name(root)) {
            case "Publication" -> ProcedureKind.PUBLICATION;
            case "ServiceComplementaire" -> ProcedureKind.SERVICE_COMPLEMENTAIRE;
            default -> throw new FicheFormatException(ficheId, "/" + Xml.name(root),
                    "root element is neither Publication nor ServiceComplementaire");
        };
        String id = root.getAttribute("ID");
        if (!id.equals(ficheId)) {
            throw new FicheFormatException(ficheId, "/" + Xml.name(root) + "/@ID", "holds the ID \"" + id + "\"");
        }
        return new ProcedureSummary(
                id,
                kind,
                root.getAttribute("type"),
                required(ficheId, root, "title"),
                dublinCore(root, "description"),
                Xml.childText(root, "Audience"),
                lastModified(ficheId, root),
                dublinCore(root, "subject"),
                Xml.child(root, "FilDAriane").stream()
                        .flatMap(fil -> Xml.children(fil, "Niveau").stream())
                        .map(niveau -> new Crumb(niveau.getAttribute("ID"), Xml.text(niveau)))
                        .toList(),
                root.getAttribute("spUrl"));
    }

    private static LocalDate lastModified(String ficheId, Element root) {
        String date = required(ficheId, root, "date");
        try {
            return LocalDate.parse(date.startsWith(MODIFIED) ? date.substring(MODIFIED.length()) : date);
        } catch (DateTimeParseException e) {
            throw new FicheFormatException(ficheId, "/" + Xml.name(root) + "/dc:date", "not a date: " + date, e);
        }
    }

    private static String required(String ficheId, Element root, String name) {
        String value = dublinCore(root, name);
        if (value.isEmpty()) {
            throw new FicheFormatException(ficheId, "/" + Xml.name(root) + "/dc:" + name, "missing");
        }
        return value;
    }

    private static String dublinCore(Element root, String name) {
        return Xml.children(root).stream()
                .filter(child -> Xml.DUBLIN_CORE.equals(child.getNamespaceURI()) && Xml.name(child).equals(name))
                .map(Xml::text)
                .findFirst()
                .orElse("");
    }
}
