package org.guichet.feedback;

/** Where an opinion or report stands, as the UI says it. */
public enum OutboxStatus {
    /** Stored on the phone, not yet acknowledged by the gateway ("En attente de connexion"). */
    PENDING,
    /** The gateway has it ("Envoyé"). */
    SENT,
    /** The gateway refused it for good; kept with the gateway's code so the citizen is told. */
    FAILED
}
