package org.atelier.api.claims;

/** A quote cannot be anchored in its document: it is not there, or it is there more than once. */
public class AnchorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String docId;
    private final int occurrences;

    public AnchorException(String docId, int occurrences, String message) {
        super(message);
        this.docId = docId;
        this.occurrences = occurrences;
    }

    public String docId() {
        return docId;
    }

    /** How often the quote occurs in the document: 0 when it is not there. */
    public int occurrences() {
        return occurrences;
    }
}
