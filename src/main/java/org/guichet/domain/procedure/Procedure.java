package org.guichet.domain.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One "Vos droits et démarches" publication, with its content and what the app extracts from it. */
public record Procedure(
        ProcedureSummary summary,
        List<Block> introduction,
        List<Block> content,
        Orientation orientation,
        List<Reference> references,
        List<RelatedPublication> relatedPublications,
        List<GlossaryEntry> glossary) {

    /** The fiche "Qu'est-ce que le droit à l'erreur face à l'administration ?". */
    public static final String DROIT_A_L_ERREUR_ID = "F34677";

    public Procedure {
        Objects.requireNonNull(summary, "summary");
        introduction = List.copyOf(introduction);
        content = List.copyOf(content);
        Objects.requireNonNull(orientation, "orientation");
        references = List.copyOf(references);
        relatedPublications = List.copyOf(relatedPublications);
        glossary = List.copyOf(glossary);
    }

    public String id() {
        return summary.id();
    }

    public String title() {
        return summary.title();
    }

    public List<Reference> legalReferences() {
        return references.stream().filter(Reference::isLegalText).toList();
    }

    public Optional<GlossaryEntry> glossaryEntry(String id) {
        return glossary.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }
}
