package org.guichet.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.guichet.platform.Background;
import org.testfx.util.WaitForAsyncUtils;

/** Waits until the app's background work (storage, network, and their hand-backs) has run its course. */
public final class BackgroundWork {

    /** Longer than the directory's typing and online pauses, so work they start is waited for too. */
    private static final long PAUSES_MS = 600;
    private static final int ROUNDS = 3;

    private BackgroundWork() {
    }

    /** Waits for queued work and for work started after the directory's typing and online pauses. */
    public static void settle(Background background) {
        settle(background, true);
    }

    /** Waits for queued work only: for screens that start their work at once, without a typing pause. */
    public static void settleQueued(Background background) {
        settle(background, false);
    }

    private static void settle(Background background, boolean afterPauses) {
        for (int round = 0; round < ROUNDS; round++) {
            barrier(background, false);
            barrier(background, true);
            WaitForAsyncUtils.waitForFxEvents();
            if (round == 0 && afterPauses) {
                WaitForAsyncUtils.sleep(PAUSES_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static void barrier(Background background, boolean network) {
        CountDownLatch done = new CountDownLatch(1);
        if (network) {
            background.runNetwork(() -> null, result -> done.countDown(), error -> done.countDown());
        } else {
            background.run(() -> null, result -> done.countDown(), error -> done.countDown());
        }
        try {
            if (!done.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Background work did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
