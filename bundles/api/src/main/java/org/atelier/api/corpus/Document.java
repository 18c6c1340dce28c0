package org.atelier.api.corpus;

import java.util.List;

/**
 * A stored document: its metadata and its text, Unicode NFC with {@code \n} line ends. Every offset into a
 * document (search matches, claim anchors) counts in this text.
 *
 * @param pages for paged formats, the code-point offset at which each page starts ({@link #page(int)}); empty
 *              otherwise
 */
public record Document(DocumentInfo info, String text, List<Integer> pages) {
    public Document {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    public Document(DocumentInfo info, String text) {
        this(info, text, List.of());
    }

    public String id() {
        return info.id();
    }

    /**
     * The page, counted from 1, that holds the code point at {@code offset}, or {@code 0} when the document has no
     * pages.
     *
     * @since 1.2
     */
    public int page(int offset) {
        int page = 0;
        for (int i = 0; i < pages.size() && pages.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
    }
}
