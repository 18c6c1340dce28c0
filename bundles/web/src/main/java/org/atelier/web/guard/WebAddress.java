package org.atelier.web.guard;

/**
 * The service announcing where users open the workbench; the launcher waits for it (the bundle's
 * {@code Atelier-Ready} header) and prints its {@value #ADDRESS} in the ready line.
 */
public record WebAddress(String address) {
    /** Service property: the address, with the access token when the server listens beyond loopback. */
    public static final String ADDRESS = "atelier.address";
}
