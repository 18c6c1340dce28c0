package org.atelier.launcher;

import java.lang.management.ManagementFactory;

/** With {@code -Datelier.timing=true}, prints on stderr how long each phase of the start took. */
final class Timing {
    private static final boolean ENABLED = Boolean.getBoolean("atelier.timing");

    private Timing() {}

    static void mark(String phase) {
        if (ENABLED) {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("atelier: timing: " + phase + " at " + sinceJvmStart + " ms");
        }
    }

    static void took(String what, long startNanos) {
        if (ENABLED) {
            System.err.println("atelier: timing: " + what + " took " + (System.nanoTime() - startNanos) / 1_000_000 + " ms");
        }
    }
}
