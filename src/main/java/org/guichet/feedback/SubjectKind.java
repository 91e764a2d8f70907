package org.guichet.feedback;

/** What an opinion or a report is about; written in lower case on the wire. */
public enum SubjectKind {
    /** A procedure, by its service-public.fr fiche id (F1341). */
    PROCEDURE,
    /** An office, by its API Annuaire id. */
    OFFICE,
    /** An appointment, by its readable reference (RDV-7KQ4-M2XC), never by its secret token. */
    BOOKING
}
