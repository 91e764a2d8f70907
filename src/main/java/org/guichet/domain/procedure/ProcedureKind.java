package org.guichet.domain.procedure;

public enum ProcedureKind {
    /** Fiches (F…) and dossiers (N…). */
    PUBLICATION,
    /** Resources (R…): téléservices, forms, simulators. */
    SERVICE_COMPLEMENTAIRE
}
