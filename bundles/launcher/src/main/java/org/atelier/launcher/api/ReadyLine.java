package org.atelier.launcher.api;

/**
 * How a bundle adds to the line a workbench prints when it is ready. A bundle whose manifest has the header
 * {@link #HEADER} (an LDAP filter) holds that line back until a service matching the filter is registered; the
 * {@link #ADDRESS} property of such a service is printed in the line, as where the user finds the workbench.
 */
public final class ReadyLine {
    /** Manifest header: a filter of the service the workbench waits for before it says it is ready. */
    public static final String HEADER = "Atelier-Ready";
    /** Service property: the address users open, {@code http://127.0.0.1:8321/}. */
    public static final String ADDRESS = "atelier.address";

    private ReadyLine() {}
}
