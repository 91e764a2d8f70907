package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guichet.domain.procedure.Inline;
import org.guichet.domain.procedure.LinkTarget;
import org.guichet.domain.procedure.TextStyle;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Turns the mixed content of a {@code Paragraphe} into inlines. */
final class InlineReader {
    /** {@code LienInterne} types that point to an {@code Abreviation} of the same fiche. */
    private static final Set<String> ABBREVIATION_LINKS = Set.of("Acronyme", "Sigle");

    private InlineReader() {
    }

    static List<Inline> read(Element paragraph) {
        return tidy(readMixed(paragraph));
    }

    private static List<Inline> readMixed(Element parent) {
        List<Inline> inlines = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                inlines.add(readElement(element));
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                inlines.add(new Inline.Text(Xml.collapse(node.getNodeValue())));
            }
        }
        return inlines;
    }

    private static Inline readElement(Element element) {
        String text = Xml.text(element);
        return switch (Xml.name(element)) {
            case "LienInterne" -> ABBREVIATION_LINKS.contains(element.getAttribute("type"))
                    ? new Inline.GlossaryTerm(element.getAttribute("LienPublication"), text)
                    : new Inline.Link(new LinkTarget.Publication(element.getAttribute("LienPublication")), text);
            case "LienExterne" -> new Inline.Link(new LinkTarget.External(element.getAttribute("URL")), text);
            case "LienIntra" -> new Inline.GlossaryTerm(element.getAttribute("LienID"), text);
            case "MiseEnEvidence" -> styled(TextStyle.EMPHASIS, element);
            case "Valeur" -> styled(TextStyle.VALUE, element);
            case "Exposant" -> styled(TextStyle.SUPERSCRIPT, element);
            case "Citation" -> styled(TextStyle.QUOTATION, element);
            case "Expression" -> styled(TextStyle.EXPRESSION, element);
            default -> new Inline.Text(Xml.collapse(element.getTextContent()));
        };
    }

    private static Inline styled(TextStyle style, Element element) {
        return new Inline.Styled(style, readMixed(element));
    }

    /** Merges neighbouring plain texts and trims the paragraph's outer white space. */
    private static List<Inline> tidy(List<Inline> inlines) {
        List<Inline> merged = new ArrayList<>();
        for (Inline inline : inlines) {
            int last = merged.size() - 1;
            if (inline instanceof Inline.Text text && last >= 0 && merged.get(last) instanceof Inline.Text previous) {
                merged.set(last, new Inline.Text(Xml.collapse(previous.text() + text.text())));
            } else {
                merged.add(inline);
            }
        }
        if (!merged.isEmpty() && merged.get(0) instanceof Inline.Text first) {
            merged.set(0, new Inline.Text(Xml.trimStart(first.text())));
        }
        int last = merged.size() - 1;
        if (last >= 0 && merged.get(last) instanceof Inline.Text end) {
            merged.set(last, new Inline.Text(Xml.trimEnd(end.text())));
        }
        merged.removeIf(inline -> inline instanceof Inline.Text text && text.text().isEmpty());
        return merged;
    }
}
