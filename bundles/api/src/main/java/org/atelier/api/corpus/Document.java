package org.atelier.api.corpus;

/**
 * A stored document: its metadata and its text, Unicode NFC with {@code \n} line ends. Every offset into a
 * document (search matches, claim anchors) counts in this text.
 */
public record Document(DocumentInfo info, String text) {
    public String id() {
        return info.id();
    }
}
