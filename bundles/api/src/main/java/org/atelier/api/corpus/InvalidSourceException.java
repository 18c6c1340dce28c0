package org.atelier.api.corpus;

import java.io.IOException;

/** The source is not what its name says (a broken JSON line, a binary file named .txt); the message says why. */
public class InvalidSourceException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvalidSourceException(String reason) {
        super(reason);
    }
}
