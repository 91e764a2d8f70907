package org.guichet.feedback;

import java.util.Objects;
import okhttp3.OkHttpClient;
import org.guichet.appointments.GatewayAddress;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.GatewayConnection;
import org.guichet.appointments.GatewayException;
import org.guichet.appointments.IdempotencyKey;
import org.guichet.i18n.Language;

/**
 * Blocking feedback calls to a gateway (run them off the JavaFX thread), with the same HTTP setup
 * and failure classification as {@link GatewayClient}. The app sends opinions through
 * {@link FeedbackOutbox}, not directly: a write whose outcome is unknown is settled by sending it
 * again with the same {@link IdempotencyKey}.
 */
public final class FeedbackClient {
    private final GatewayConnection connection;
    private final FeedbackApi api;

    private FeedbackClient(GatewayConnection connection) {
        this.connection = connection;
        this.api = connection.api(FeedbackApi.class);
    }

    public static FeedbackClient create(GatewayAddress address, OkHttpClient http) {
        return new FeedbackClient(GatewayConnection.open(address, http));
    }

    public Receipt sendFeedback(FeedbackRequest request, IdempotencyKey key) throws GatewayException {
        return connection.execute(api.sendFeedback(key.value(), request), FeedbackClient::isComplete);
    }

    public Receipt reportDocument(DocumentReport report, IdempotencyKey key) throws GatewayException {
        return connection.execute(api.reportDocument(key.value(), report), FeedbackClient::isComplete);
    }

    /** The subject's score and its improvements, their texts in {@code language}. */
    public SatisfactionSummary satisfaction(FeedbackSubject subject, Language language) throws GatewayException {
        Objects.requireNonNull(subject, "subject");
        return connection.execute(api.satisfaction(subject.kindName(), subject.id(),
                language.tag()), FeedbackClient::isComplete);
    }

    private static boolean isComplete(Receipt receipt) {
        return receipt.id() != null;
    }

    private static boolean isComplete(SatisfactionSummary summary) {
        return summary.improvements() != null && summary.improvements().stream().allMatch(improvement ->
                improvement != null && improvement.youSaid() != null && improvement.weDid() != null);
    }
}
