package org.guichet.domain.procedure;

import java.util.List;

/**
 * The documents to bring in one case. {@code situation} is the path of options that leads to it,
 * outermost first (e.g. "En France", "Cas général", "Vous avez une carte d'identité valide");
 * it is empty when the list applies to everyone.
 */
public record RequiredDocuments(List<String> situation, List<RequiredDocument> documents) {
    public RequiredDocuments {
        situation = List.copyOf(situation);
        documents = List.copyOf(documents);
    }
}
