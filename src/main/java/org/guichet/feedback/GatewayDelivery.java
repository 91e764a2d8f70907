package org.guichet.feedback;

import com.google.gson.Gson;
import org.guichet.appointments.GatewayException;
import org.guichet.appointments.GatewayJson;
import org.guichet.appointments.IdempotencyKey;

/** Delivers outbox rows through a {@link FeedbackClient}, each to its endpoint. */
public final class GatewayDelivery implements Delivery {
    private final FeedbackClient client;
    private final Gson gson = GatewayJson.create();

    public GatewayDelivery(FeedbackClient client) {
        this.client = client;
    }

    @Override
    public String deliver(OutboxKind kind, String body, IdempotencyKey key) throws GatewayException {
        return switch (kind) {
            case FEEDBACK -> client.sendFeedback(gson.fromJson(body, FeedbackRequest.class), key).id();
            case DOCUMENT_REPORT -> client.reportDocument(gson.fromJson(body, DocumentReport.class), key).id();
        };
    }
}
