package org.guichet.feedback;

import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import java.util.function.Supplier;
import org.guichet.appointments.GatewayAddress;
import org.guichet.domain.feedback.Questionnaire;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.GatewayException;
import org.guichet.i18n.Language;
import org.guichet.platform.GatewayReachability;
import org.guichet.storage.Database;

/**
 * "Je donne mon avis" as the app runs it: the outbox on its own database connection, the sender
 * that empties it, and the gateway's satisfaction scores. The gateway is reached on first use
 * (the sender's or a score's), so opening this costs the first frame nothing.
 */
public final class FeedbackServices implements AutoCloseable {

    private final Database database;
    private final FeedbackOutbox outbox;
    private final LiveOutbox live;
    private final FeedbackSender sender;
    private final Supplier<FeedbackClient> client;
    private final GatewayReachability reachability;
    private final boolean demo;
    private Questionnaire questionnaire;

    private FeedbackServices(Database database, Clock clock, Supplier<GatewayAddress> gateway, boolean demo,
                             GatewayReachability reachability) {
        this.database = database;
        this.reachability = reachability;
        this.outbox = new FeedbackOutbox(database, clock);
        this.live = new LiveOutbox(outbox);
        this.client = new OnFirstUse<>(() -> FeedbackClient.create(gateway.get(), GatewayClient.defaultHttpClient()));
        Supplier<GatewayDelivery> delivery = new OnFirstUse<>(() -> new GatewayDelivery(client.get()));
        this.sender = FeedbackSender.create(outbox, (kind, body, key) -> {
            String receipt = delivery.get().deliver(kind, body, key);
            reachability.succeeded();
            return receipt;
        }, clock);
        this.demo = demo;
        reachability.whenReached(sender::networkBack);
    }

    /**
     * {@code database} is this feature's own connection, closed with it; {@code gateway} may start
     * a sandbox, so it is only asked for on a background thread.
     */
    public static FeedbackServices open(Database database, Clock clock, Supplier<GatewayAddress> gateway, boolean demo,
                                        GatewayReachability reachability) {
        return new FeedbackServices(database, clock, gateway, demo, reachability);
    }

    /** Sends what waited since the last run; call it off the JavaFX thread, once the app shows. */
    public void start() {
        sender.start();
        refreshItems();
    }

    /** The bundled official questionnaire, read when first asked for. */
    public synchronized Questionnaire questionnaire() {
        if (questionnaire == null) {
            questionnaire = BundledQuestionnaire.load();
        }
        return questionnaire;
    }

    public FeedbackOutbox outbox() {
        return outbox;
    }

    /** Every opinion and report kept on the device, newest first, on the JavaFX thread. */
    public ObservableList<OutboxItem> items() {
        return live.items();
    }

    /** Reads the outbox again into {@link #items()}: call it off the JavaFX thread. */
    public void refreshItems() {
        List<OutboxItem> current = outbox.items();
        Platform.runLater(() -> live.show(current));
    }

    /** Items waiting for the network are tried now (the citizen asked, or the network is back). */
    public void retryNow() {
        sender.networkBack();
    }

    /** True when answers go to the demo gateway: scores and improvements are marked "Démo". */
    public boolean isDemo() {
        return demo;
    }

    /** Blocking: the subject's score and improvements in {@code language}. */
    public SatisfactionSummary satisfaction(FeedbackSubject subject, Language language) throws GatewayException {
        SatisfactionSummary summary = client.get().satisfaction(subject, language);
        reachability.succeeded();
        return summary;
    }

    @Override
    public void close() {
        sender.close();
        database.close();
    }

    /** A value made on first use, once, whichever thread asks first. */
    private static final class OnFirstUse<T> implements Supplier<T> {
        private final Supplier<T> make;
        private T value;

        OnFirstUse(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }
}
