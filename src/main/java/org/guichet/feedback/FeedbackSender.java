package org.guichet.feedback;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.guichet.appointments.GatewayError;
import org.guichet.appointments.GatewayException;

/**
 * Sends the outbox's pending items, one at a time, on its own background thread: at start, right
 * after each submission, when the network comes back, and when the next retry is due. A refused
 * item (4xx) is marked failed; any other failure, including one whose outcome is unknown, is
 * retried with {@link Backoff} and the same idempotency key, so the gateway stores it once.
 */
public final class FeedbackSender implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FeedbackSender.class.getName());

    /** Longer than the client's 30 s call timeout: a claim outlives the attempt it covers. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final FeedbackOutbox outbox;
    private final Delivery delivery;
    private final Backoff backoff;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean runQueued = new AtomicBoolean();
    private ScheduledFuture<?> nextRun;

    FeedbackSender(FeedbackOutbox outbox, Delivery delivery, Backoff backoff, ScheduledExecutorService executor,
                   Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.backoff = backoff;
        this.executor = executor;
        this.clock = clock;
    }

    /** A sender with its own daemon thread; call {@link #start()} once the app is up. */
    public static FeedbackSender create(FeedbackOutbox outbox, Delivery delivery, Clock clock) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "feedback-sender");
            thread.setDaemon(true);
            return thread;
        });
        return new FeedbackSender(outbox, delivery, new Backoff(RandomGenerator.getDefault()), executor, clock);
    }

    /** At app start: whatever waited, even for a long backoff, is tried now; later submissions are sent at once. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            outbox.whenSubmitted(this::wakeUp);
        }
        outbox.resetBackoff();
        wakeUp();
    }

    /** The app calls this when any gateway request succeeds: items waiting for a retry are tried now. */
    public void networkBack() {
        if (outbox.resetBackoff() > 0) {
            wakeUp();
        }
    }

    /** Asks for a sending run on the sender's thread; runs asked for meanwhile make one. */
    public void wakeUp() {
        if (executor.isShutdown() || !runQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException closedMeanwhile) {
            runQueued.set(false);
        }
    }

    /** Tries every item due now, once each; returns how many were tried. Runs on the caller's thread. */
    int sendDue() {
        int tried = 0;
        Optional<PendingSend> due = outbox.claimNextDue(CLAIM_LEASE);
        while (due.isPresent()) {
            send(due.get());
            tried++;
            due = outbox.claimNextDue(CLAIM_LEASE);
        }
        return tried;
    }

    private void run() {
        runQueued.set(false);
        try {
            sendDue();
            scheduleNextRun();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feedback sending stopped until the next wake-up: " + e.getClass().getName());
        }
    }

    private void send(PendingSend item) {
        String receiptId;
        try {
            receiptId = delivery.deliver(item.kind(), item.body(), item.key());
        } catch (GatewayException e) {
            if (isWorthRetrying(e.error())) {
                outbox.retryAt(item.id(), nextAttempt(item, e));
            } else {
                outbox.markFailed(item.id(), e.problemCode().orElse(e.error().name().toLowerCase(Locale.ROOT)));
            }
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feedback delivery failed unexpectedly: " + e.getClass().getName());
            outbox.retryAt(item.id(), clock.instant().plus(backoff.after(item.failuresInRow() + 1)));
            return;
        }
        outbox.markSent(item.id(), receiptId);
    }

    /** The backoff's wait, or the gateway's Retry-After when longer, up to {@link Backoff#LONGEST}. */
    private Instant nextAttempt(PendingSend item, GatewayException failure) {
        Duration wait = backoff.after(item.failuresInRow() + 1);
        Duration asked = failure.retryAfter().filter(retryAfter -> retryAfter.compareTo(wait) > 0).orElse(wait);
        return clock.instant().plus(asked.compareTo(Backoff.LONGEST) > 0 ? Backoff.LONGEST : asked);
    }

    /** Only the gateway refusing this very request is final; everything else may pass next time. */
    private static boolean isWorthRetrying(GatewayError error) {
        return switch (error) {
            case OFFLINE, TIMEOUT, CONNECTION_LOST, SERVER_ERROR, MALFORMED_RESPONSE, RATE_LIMITED -> true;
            case INVALID_INPUT, IDEMPOTENCY_CONFLICT, NOT_FOUND, SLOT_TAKEN, BOOKING_CANCELLED -> false;
        };
    }

    private void scheduleNextRun() {
        if (nextRun != null) {
            nextRun.cancel(false);
        }
        outbox.nextDueAt().ifPresent(due -> {
            long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
            nextRun = executor.schedule(this::wakeUp, delay, TimeUnit.MILLISECONDS);
        });
    }

    /** Stops sending; an attempt under way finishes first. Pending items stay for the next start. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
