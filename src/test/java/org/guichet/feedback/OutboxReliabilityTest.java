package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.guichet.appointments.GatewayAddress;
import org.guichet.appointments.GatewayClient;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.i18n.Language;
import org.guichet.sandbox.SandboxGateway;
import org.guichet.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against the in-process sandbox gateway (and MockWebServer for 5xx, timeouts and 4xx). */
@Timeout(60)
class OutboxReliabilityTest {
    private static final FeedbackSubject CARTE_GRISE = FeedbackSubject.procedure("F1050");

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final FlakyNetwork network = new FlakyNetwork();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final ScheduledExecutorService senderThread = Executors.newSingleThreadScheduledExecutor();
    private SandboxGateway gateway;
    private FeedbackClient client;

    @BeforeEach
    void startGateway() {
        gateway = SandboxGateway.start(gatewayHome(), officeId -> Optional.empty(), Clock.systemUTC());
        client = FeedbackClient.create(gateway.address(), http().addInterceptor(network).build());
    }

    @AfterEach
    void stopAll() throws Exception {
        senderThread.shutdownNow();
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        gateway.close();
    }

    @Test
    void answersWrittenOfflineAreDeliveredOnceWhenTheNetworkIsBack() throws Exception {
        FeedbackOutbox outbox = openOutbox();
        FeedbackSender sender = sender(outbox, client);
        network.goOffline();
        for (Satisfaction satisfaction : Satisfaction.values()) {
            outbox.submit(CARTE_GRISE, Answers.onlySatisfaction(satisfaction), Language.FRENCH,
                    PersonalDataCheck.REFUSE_UNMASKED);
        }

        assertThat(sender.sendDue()).isEqualTo(3);
        assertThat(outbox.items()).allSatisfy(item -> {
            assertThat(item.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(item.nextAttemptAt().orElseThrow()).isAfterOrEqualTo(clock.instant().plusSeconds(5));
        });
        assertThat(network.reachedGateway()).isZero();

        network.goOnline();
        assertThat(sender.sendDue()).as("still backing off").isZero();
        sender.networkBack();
        awaitItems(outbox, item -> item.status() == OutboxStatus.SENT);
        assertThat(sender.sendDue()).isZero();

        assertThat(network.reachedGateway()).isEqualTo(3);
        assertThat(GatewayRows.count(gatewayHome(), "sandbox_feedback")).isEqualTo(3);
        assertThat(client.satisfaction(CARTE_GRISE, Language.FRENCH).score()).isEqualTo(5.0);
    }

    @Test
    void anAppKilledBetweenWriteAndSendDeliversOnNextStart() throws Exception {
        Database first = Database.open(appHome());
        new FeedbackOutbox(first, clock).submit(CARTE_GRISE, Answers.complete(), Language.FRENCH,
                PersonalDataCheck.REFUSE_UNMASKED);
        first.close();

        FeedbackOutbox restarted = openOutbox();
        sender(restarted, client).start();

        awaitItems(restarted, item -> item.status() == OutboxStatus.SENT);
        assertThat(GatewayRows.count(gatewayHome(), "sandbox_feedback")).isEqualTo(1);
    }

    @Test
    void anAppKilledAfterTheGatewayGotTheAnswerDeliversItOnceAfterRestart() throws Exception {
        Database first = Database.open(appHome());
        FeedbackOutbox dying = new FeedbackOutbox(first, clock);
        dying.submit(CARTE_GRISE, Answers.complete(), Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
        PendingSend inFlight = dying.claimNextDue(FeedbackSender.CLAIM_LEASE).orElseThrow();
        new GatewayDelivery(client).deliver(inFlight.kind(), inFlight.body(), inFlight.key());
        first.close();

        FeedbackOutbox restarted = openOutbox();
        FeedbackSender sender = sender(restarted, client);
        assertThat(sender.sendDue()).as("the dead app's claim holds until its lease ends").isZero();
        clock.advance(FeedbackSender.CLAIM_LEASE);
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(restarted.items()).singleElement().extracting(OutboxItem::status).isEqualTo(OutboxStatus.SENT);
        assertThat(network.reachedGateway()).isEqualTo(2);
        assertThat(GatewayRows.count(gatewayHome(), "sandbox_feedback")).isEqualTo(1);
    }

    @Test
    void anAnswerWhose201WasLostIsStoredOnceByTheGateway() throws Exception {
        FeedbackOutbox outbox = openOutbox();
        FeedbackSender sender = sender(outbox, client);
        outbox.submit(CARTE_GRISE, Answers.complete(), Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
        network.failNext(FlakyNetwork.Fault.ANSWER_LOST);

        sender.sendDue();
        assertThat(outbox.items()).singleElement().extracting(OutboxItem::status).isEqualTo(OutboxStatus.PENDING);
        assertThat(GatewayRows.count(gatewayHome(), "sandbox_feedback")).as("stored, answer lost").isEqualTo(1);

        clock.advance(Backoff.LONGEST);
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(outbox.items()).singleElement().extracting(OutboxItem::status).isEqualTo(OutboxStatus.SENT);
        assertThat(network.reachedGateway()).isEqualTo(2);
        assertThat(GatewayRows.count(gatewayHome(), "sandbox_feedback")).isEqualTo(1);
    }

    @Test
    void serverErrorsAndTimeoutsAreRetriedWithGrowingWaitsAndTheSameKeyAndBody() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(problem(503, "unavailable"));
            server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS)
                    .body("{\"id\":\"too-late\",\"receivedAt\":\"2026-11-23T09:00:00Z\"}").build());
            server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
                    .body("{\"id\":\"avis-1\",\"receivedAt\":\"2026-11-23T09:00:20Z\"}").build());
            FeedbackOutbox outbox = openOutbox();
            FeedbackSender sender = sender(outbox, mockClient(server));
            outbox.submit(CARTE_GRISE, Answers.complete(), Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);

            assertThat(sender.sendDue()).as("503").isEqualTo(1);
            Instant firstRetry = onlyItem(outbox).nextAttemptAt().orElseThrow();
            assertThat(firstRetry).isBetween(clock.instant().plusSeconds(5), clock.instant().plusMillis(7_500));
            clock.advance(Duration.ofSeconds(4));
            assertThat(sender.sendDue()).as("too early").isZero();
            clock.advance(Duration.ofSeconds(4));
            assertThat(sender.sendDue()).as("timeout").isEqualTo(1);
            Instant secondRetry = onlyItem(outbox).nextAttemptAt().orElseThrow();
            assertThat(secondRetry).isBetween(clock.instant().plusSeconds(10), clock.instant().plusSeconds(15));
            clock.advance(Duration.ofSeconds(15));
            assertThat(sender.sendDue()).as("201").isEqualTo(1);

            OutboxItem sent = onlyItem(outbox);
            assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(3);
            List<RecordedRequest> requests = List.of(server.takeRequest(), server.takeRequest(), server.takeRequest());
            assertThat(requests).extracting(request -> request.getHeaders().get("Idempotency-Key")).containsOnly(
                    requests.get(0).getHeaders().get("Idempotency-Key"));
            assertThat(requests).extracting(request -> request.getBody().utf8()).containsOnly(
                    requests.get(0).getBody().utf8());
        }
    }

    @Test
    void aRefusedAnswerIsMarkedFailedWithItsCodeKeptAndNeverRetried() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(problem(400, "validation_failed"));
            FeedbackOutbox outbox = openOutbox();
            FeedbackSender sender = sender(outbox, mockClient(server));
            outbox.submit(CARTE_GRISE, Answers.complete(), Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);

            sender.sendDue();
            clock.advance(Duration.ofHours(1));
            outbox.resetBackoff();

            assertThat(sender.sendDue()).isZero();
            OutboxItem failed = onlyItem(outbox);
            assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
            assertThat(failed.failureCode()).contains("validation_failed");
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void twoSendersRacingOnTheSameDatabaseNeverSendAnItemTwice() throws Exception {
        FeedbackOutbox one = openOutbox();
        FeedbackOutbox other = openOutbox();
        int submitted = 40;
        for (int i = 0; i < submitted; i++) {
            (i % 2 == 0 ? one : other).submit(FeedbackSubject.office("office-" + i),
                    Answers.complete().withVerbatim("Commentaire de test " + i), Language.FRENCH,
                    PersonalDataCheck.REFUSE_UNMASKED);
        }
        FeedbackSender first = sender(one, client);
        FeedbackSender second = sender(other, client);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> firstRun = () -> {
                go.await();
                return first.sendDue();
            };
            Callable<Integer> secondRun = () -> {
                go.await();
                return second.sendDue();
            };
            Future<Integer> firstTried = racers.submit(firstRun);
            Future<Integer> secondTried = racers.submit(secondRun);
            go.countDown();

            assertThat(firstTried.get() + secondTried.get()).isEqualTo(submitted);
        } finally {
            racers.shutdownNow();
        }
        assertThat(network.reachedGateway()).isEqualTo(submitted);
        assertThat(GatewayRows.count(gatewayHome(), "sandbox_feedback")).isEqualTo(submitted);
        assertThat(one.items()).hasSize(submitted).allMatch(item -> item.status() == OutboxStatus.SENT);
    }

    @Test
    void theBackgroundSenderSendsRightAfterASubmission() throws Exception {
        FeedbackOutbox outbox = openOutbox();
        FeedbackSender sender = sender(outbox, client);
        sender.start();

        outbox.submitReport(CARTE_GRISE, "Le certificat de cession ne dit pas qui signe", "Un exemple rempli",
                Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);

        awaitItems(outbox, item -> item.status() == OutboxStatus.SENT);
        assertThat(GatewayRows.count(gatewayHome(), "sandbox_document_report")).isEqualTo(1);
    }

    private FeedbackOutbox openOutbox() {
        Database database = Database.open(appHome());
        toClose.add(database);
        return new FeedbackOutbox(database, clock);
    }

    private FeedbackSender sender(FeedbackOutbox outbox, FeedbackClient through) {
        return new FeedbackSender(outbox, new GatewayDelivery(through), new Backoff(new SplittableRandom(1)),
                senderThread, clock);
    }

    private FeedbackClient mockClient(MockWebServer server) {
        return FeedbackClient.create(GatewayAddress.sandbox("http://127.0.0.1:" + server.getPort()),
                http().readTimeout(Duration.ofMillis(100)).build());
    }

    private static OkHttpClient.Builder http() {
        return GatewayClient.defaultHttpClient().newBuilder();
    }

    private Path appHome() {
        return home.resolve("app");
    }

    private Path gatewayHome() {
        return home.resolve("gateway");
    }

    private static OutboxItem onlyItem(FeedbackOutbox outbox) {
        List<OutboxItem> items = outbox.items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** Polls in 10 ms steps until every item matches, for at most 10 s. */
    private static void awaitItems(FeedbackOutbox outbox, Predicate<OutboxItem> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!outbox.items().stream().allMatch(condition) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(outbox.items()).isNotEmpty().allMatch(condition);
    }

    private static MockResponse problem(int status, String code) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"urn:guichet:problem:" + code + "\",\"title\":\"t\",\"status\":" + status
                        + ",\"detail\":null,\"code\":\"" + code + "\"}").build();
    }
}
