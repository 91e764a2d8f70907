package org.guichet.feedback;

import org.guichet.appointments.GatewayException;
import org.guichet.appointments.IdempotencyKey;

/** Hands one stored request to the gateway; returns the gateway's receipt id. */
@FunctionalInterface
public interface Delivery {
    String deliver(OutboxKind kind, String body, IdempotencyKey key) throws GatewayException;
}
