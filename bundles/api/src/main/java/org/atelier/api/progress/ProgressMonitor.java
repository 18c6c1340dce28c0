package org.atelier.api.progress;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the progress of long work: one {@link #begin}, any number of {@link #worked}, one {@link #done}.
 * Implemented by whoever shows progress (a terminal line, a web page); the worker polls {@link #isCancelled}.
 */
@ConsumerType
public interface ProgressMonitor {
    /** A monitor that shows nothing and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {};

    /** Work starts; {@code totalWork} units are expected, or -1 when unknown. */
    default void begin(String task, int totalWork) {}

    /** {@code units} more units are done; {@code item} names the last one, for display. */
    default void worked(int units, String item) {}

    /** The work ended, whether complete or cancelled. */
    default void done() {}

    default boolean isCancelled() {
        return false;
    }
}
