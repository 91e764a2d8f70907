package org.guichet.procedures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guichet.domain.procedure.GlossaryEntry;
import org.guichet.domain.procedure.Reference;
import org.guichet.domain.procedure.RelatedPublication;
import org.w3c.dom.Element;

/** Reads what a fiche cites and links to, and its glossary. */
final class ReferencesReader {
    private ReferencesReader() {
    }

    static List<Reference> references(Element root) {
        List<Reference> references = new ArrayList<>();
        for (Element element : Xml.children(root)) {
            String name = Xml.name(element);
            if (name.equals("Reference") || name.equals("PourEnSavoirPlus")) {
                references.add(new Reference(element.getAttribute("type"), element.getAttribute("ID"),
                        Xml.childText(element, "Titre"), element.getAttribute("URL"), Xml.childText(element, "Complement")));
            }
        }
        return references;
    }

    /**
     * Publications the fiche points readers to: its parent dossier, "Voir aussi", questions and
     * answers, guided searches; for a dossier the fiches it groups; for a resource the fiches that
     * use it.
     */
    static List<RelatedPublication> relatedPublications(Element root) {
        Map<String, RelatedPublication> related = new LinkedHashMap<>();
        for (Element element : Xml.children(root)) {
            switch (Xml.name(element)) {
                case "DossierPere", "FicheLiee", "Dossier", "RechercheGuidee" -> put(related, element, Xml.childText(element, "Titre"));
                case "QuestionReponse" -> put(related, element, Xml.text(element));
                case "VoirAussi" -> Xml.children(element).forEach(seeAlso -> put(related, seeAlso, Xml.childText(seeAlso, "Titre")));
                case "SousDossier" -> Xml.children(element, "Fiche").forEach(fiche -> put(related, fiche, Xml.text(fiche)));
                default -> {
                    // Other top-level elements are metadata or content, read elsewhere.
                }
            }
        }
        related.remove(root.getAttribute("ID"));
        return List.copyOf(related.values());
    }

    static List<GlossaryEntry> glossary(Element root) {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Element element : Xml.children(root)) {
            String name = Xml.name(element);
            if (name.equals("Definition") || name.equals("Abreviation")) {
                GlossaryEntry.Kind kind = name.equals("Definition") ? GlossaryEntry.Kind.DEFINITION : GlossaryEntry.Kind.ABBREVIATION;
                entries.add(new GlossaryEntry(element.getAttribute("ID"), kind, Xml.childText(element, "Titre"),
                        Xml.child(element, "Texte").map(BlockReader::read).orElse(List.of())));
            }
        }
        return entries;
    }

    private static void put(Map<String, RelatedPublication> related, Element element, String title) {
        String id = element.getAttribute("ID");
        if (!id.isEmpty()) {
            related.putIfAbsent(id, new RelatedPublication(id, title));
        }
    }
}
