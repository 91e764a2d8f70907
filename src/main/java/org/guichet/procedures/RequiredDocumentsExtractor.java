package org.guichet.procedures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.Inline;
import org.guichet.domain.procedure.RequiredDocument;
import org.guichet.domain.procedure.RequiredDocuments;
import org.w3c.dom.Element;

/**
 * Documents to bring: the list items of chapters typed {@code pieces} or titled "Pièces à
 * fournir" / "Pièces justificatives", and elsewhere the lists a paragraph announces ("… les
 * documents suivants :"). Items are grouped by the options that lead to them; an item in a table
 * cell also gets the column's header ("Le passeport est d'un modèle plus ancien").
 */
final class RequiredDocumentsExtractor {
    /** Items inside these are notes, parts of another item, or an office's description. */
    private static final Set<String> NOT_A_DOCUMENT = Set.of("ASavoir", "ANoter", "Attention", "Item", "OuSAdresser");

    private RequiredDocumentsExtractor() {
    }

    static List<RequiredDocuments> extract(Element body) {
        Map<List<String>, List<RequiredDocument>> byCase = new LinkedHashMap<>();
        List<Element> chapters = Sections.outermost(body, RequiredDocumentsExtractor::isDocumentsChapter);
        for (Element chapter : chapters) {
            for (Element item : Xml.descendants(chapter, "Item")) {
                if (!Sections.insideAny(item, chapter, NOT_A_DOCUMENT) && !isIntroducedAsSomethingElse(parentList(item))) {
                    add(byCase, situation(item), item);
                }
            }
        }
        for (Element liste : Xml.descendants(body, "Liste")) {
            if (isAnnounced(liste) && chapters.stream().noneMatch(chapter -> Xml.isInside(liste, chapter))) {
                Xml.children(liste, "Item").forEach(item -> add(byCase, situation(item), item));
            }
        }
        List<RequiredDocuments> result = new ArrayList<>();
        byCase.forEach((situation, documents) -> result.add(new RequiredDocuments(situation, documents)));
        return result;
    }

    private static boolean isDocumentsChapter(Element section) {
        String name = Xml.name(section);
        return (name.equals("Chapitre") || name.equals("SousChapitre"))
                && ("pieces".equals(section.getAttribute("type")) || Titles.announcesDocuments(Sections.title(section)));
    }

    private static boolean isAnnounced(Element liste) {
        return previousParagraph(liste).map(Titles::introducesDocumentList).orElse(false);
    }

    /** In a documents chapter, a list after "À la fin de la procédure, vous obtenez :" is not one of documents. */
    private static boolean isIntroducedAsSomethingElse(Element liste) {
        return previousParagraph(liste).map(text -> !Titles.mentionsDocuments(text)).orElse(false);
    }

    /**
     * The paragraph that introduces {@code liste}: the nearest paragraph before it, past the lists
     * that continue it; a list wrapped in a {@code FragmentConditionne} is looked at from the wrapper.
     */
    private static Optional<String> previousParagraph(Element liste) {
        Element anchor = Xml.name((Element) liste.getParentNode()).equals("FragmentConditionne")
                ? (Element) liste.getParentNode()
                : liste;
        List<Element> siblings = Xml.children((Element) anchor.getParentNode());
        for (int index = siblings.indexOf(anchor) - 1; index >= 0; index--) {
            String name = Xml.name(siblings.get(index));
            if (name.equals("Paragraphe")) {
                return Optional.of(Xml.text(siblings.get(index)));
            }
            if (!name.equals("Liste") && !name.equals("FragmentConditionne")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Element parentList(Element item) {
        return (Element) item.getParentNode();
    }

    private static void add(Map<List<String>, List<RequiredDocument>> byCase, List<String> situation, Element item) {
        List<Block> blocks = BlockReader.read(item);
        List<Inline> description = List.of();
        List<Block> details = blocks;
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
            description = first.inlines();
            details = blocks.subList(1, blocks.size());
        }
        byCase.computeIfAbsent(situation, key -> new ArrayList<>()).add(new RequiredDocument(description, details));
    }

    private static List<String> situation(Element item) {
        List<String> path = new ArrayList<>(Sections.situation(item));
        columnHeader(item).ifPresent(path::add);
        return path;
    }

    private static Optional<String> columnHeader(Element item) {
        for (Optional<Element> up = Xml.parent(item); up.isPresent(); up = Xml.parent(up.get())) {
            if (Xml.name(up.get()).equals("Cellule")) {
                Element cell = up.get();
                Element row = (Element) cell.getParentNode();
                Element table = (Element) row.getParentNode();
                int column = Xml.children(row, "Cellule").indexOf(cell);
                return Xml.children(table, "Rangée").stream()
                        .filter(rangee -> "header".equals(rangee.getAttribute("type")))
                        .map(header -> Xml.children(header, "Cellule"))
                        .filter(cells -> column < cells.size())
                        .map(cells -> Xml.text(cells.get(column)))
                        .findFirst();
            }
        }
        return Optional.empty();
    }
}
