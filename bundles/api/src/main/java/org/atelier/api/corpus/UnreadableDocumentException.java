package org.atelier.api.corpus;

/** The store holds a document but cannot read it back; work on the whole corpus skips it and goes on. */
public class UnreadableDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String id;

    public UnreadableDocumentException(String id, String reason, Throwable cause) {
        super("document " + id + " cannot be read: " + reason, cause);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
