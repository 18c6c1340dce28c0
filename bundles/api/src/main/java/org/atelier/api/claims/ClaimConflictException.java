package org.atelier.api.claims;

import java.util.ConcurrentModificationException;

/**
 * An update named a version of the claim that is no longer current: someone changed the claim meanwhile. Read
 * it again and redo the change on what it is now.
 */
public class ClaimConflictException extends ConcurrentModificationException {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final long expectedVersion;
    private final long actualVersion;

    public ClaimConflictException(String id, long expectedVersion, long actualVersion) {
        super("claim " + id + " is at version " + actualVersion + ", not " + expectedVersion
                + ": it changed meanwhile; show it again and redo the change");
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
