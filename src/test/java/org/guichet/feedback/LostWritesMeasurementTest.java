package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.GatewayException;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.i18n.Language;
import org.guichet.sandbox.SandboxGateway;
import org.guichet.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability figure of docs/PERFORMANCE.md: randomized submissions through the outbox to the
 * sandbox gateway while the network drops requests and answers and the app is killed now and then.
 * Lost writes are answers the gateway never stored; duplicates are answers it stored twice.
 * Normal runs make 200 submissions; {@code -Dguichet.reliability.submissions=1000} gives the figure.
 */
@Timeout(300)
class LostWritesMeasurementTest {
    private static final long SEED = 20261123L;
    private static final int SUBMISSIONS = Integer.getInteger("guichet.reliability.submissions", 200);
    private static final double CHANCE_PER_FAULT = 0.1;
    private static final double CHANCE_OF_KILL = 0.02;

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final FlakyNetwork network = new FlakyNetwork();
    private final ScheduledExecutorService unusedThread = Executors.newSingleThreadScheduledExecutor();

    private Database database;
    private FeedbackOutbox outbox;
    private FeedbackSender sender;
    private FeedbackClient client;

    @Test
    void randomizedSubmissionsUnderRandomFaultsLoseNothingAndStoreNothingTwice() {
        network.failAtRandom(random.split(), CHANCE_PER_FAULT);
        int kills = 0;
        try (SandboxGateway gateway = SandboxGateway.start(home.resolve("gateway"), id -> Optional.empty(),
                Clock.systemUTC())) {
            client = FeedbackClient.create(gateway.address(),
                    GatewayClient.defaultHttpClient().newBuilder().addInterceptor(network).build());
            startApp();
            for (int i = 0; i < SUBMISSIONS; i++) {
                submit(i);
                if (random.nextDouble() < 0.3) {
                    sender.sendDue();
                }
                if (random.nextDouble() < CHANCE_OF_KILL) {
                    killApp();
                    kills++;
                    startApp();
                }
                clock.advance(Duration.ofMillis(random.nextLong(20_000)));
            }
            int rounds = 0;
            while (outbox.items().stream().anyMatch(item -> item.status() == OutboxStatus.PENDING) && rounds++ < 100) {
                clock.advance(FeedbackSender.CLAIM_LEASE.plus(Backoff.LONGEST));
                sender.sendDue();
            }
            List<OutboxItem> items = outbox.items();
            database.close();

            int stored = GatewayRows.count(home.resolve("gateway"), "sandbox_feedback");
            int duplicates = GatewayRows.duplicates(home.resolve("gateway"));
            int lost = SUBMISSIONS - (stored - duplicates);
            System.out.printf("Reliability: %d submissions, %d requests reached the gateway, faults injected "
                            + "(offline %d, answer lost %d, 503 %d), app killed %d times: "
                            + "lost writes %d, stored twice %d, failed %d%n",
                    SUBMISSIONS, network.reachedGateway(), network.faults(FlakyNetwork.Fault.OFFLINE),
                    network.faults(FlakyNetwork.Fault.ANSWER_LOST), network.faults(FlakyNetwork.Fault.UNAVAILABLE),
                    kills, lost, duplicates,
                    items.stream().filter(item -> item.status() == OutboxStatus.FAILED).count());

            assertThat(items).hasSize(SUBMISSIONS).allMatch(item -> item.status() == OutboxStatus.SENT);
            assertThat(lost).isZero();
            assertThat(duplicates).isZero();
        } finally {
            unusedThread.shutdownNow();
        }
    }

    private void submit(int number) {
        Satisfaction satisfaction = Satisfaction.values()[random.nextInt(Satisfaction.values().length)];
        FeedbackAnswers answers = FeedbackAnswers.none().withSatisfaction(satisfaction)
                .withVerbatim("Réponse " + number);
        FeedbackSubject subject = FeedbackSubject.procedure("F" + (1000 + random.nextInt(20)));
        try {
            outbox.submit(subject, answers, Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
        } catch (PersonalDataFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Killed at a random point: sometimes with an item claimed, even already sent, but not marked sent. */
    private void killApp() {
        if (random.nextBoolean()) {
            outbox.claimNextDue(FeedbackSender.CLAIM_LEASE).ifPresent(claimed -> {
                if (random.nextBoolean()) {
                    try {
                        new GatewayDelivery(client).deliver(claimed.kind(), claimed.body(), claimed.key());
                    } catch (GatewayException ignored) {
                        // The kill comes before the app learns the outcome either way.
                    }
                }
            });
        }
        database.close();
    }

    private void startApp() {
        database = Database.open(home.resolve("app"));
        outbox = new FeedbackOutbox(database, clock);
        sender = new FeedbackSender(outbox, new GatewayDelivery(client), new Backoff(random.split()), unusedThread,
                clock);
        outbox.resetBackoff();
    }
}
