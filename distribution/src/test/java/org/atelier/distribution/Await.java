package org.atelier.distribution;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition that another process makes true, such as FileInstall noticing a file. */
final class Await {
    private Await() {}

    static void until(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
