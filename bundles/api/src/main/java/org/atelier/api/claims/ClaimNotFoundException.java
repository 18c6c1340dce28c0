package org.atelier.api.claims;

import java.util.NoSuchElementException;

/** No claim (or suggestion) has the id given. */
public class ClaimNotFoundException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    private final String id;

    public ClaimNotFoundException(String id, String message) {
        super(message);
        this.id = id;
    }

    /** The id that names nothing. */
    public String id() {
        return id;
    }
}
