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

    public static void settle(Background background) {
        for (int round = 0; round < ROUNDS; round++) {
            barrier(background, false);
            barrier(background, true);
            WaitForAsyncUtils.waitForFxEvents();
            if (round == 0) {
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
