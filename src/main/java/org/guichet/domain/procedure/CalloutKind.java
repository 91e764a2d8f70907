package org.guichet.domain.procedure;

public enum CalloutKind {
    /** {@code ASavoir} */
    ASAVOIR,
    /** {@code Attention}: a frequent mistake or a trap; the basis of the "droit à l'erreur" guidance. */
    ATTENTION,
    /** {@code ANoter} */
    ANOTER
}
