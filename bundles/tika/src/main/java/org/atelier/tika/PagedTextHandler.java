package org.atelier.tika;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of Tika's XHTML events, as a reader sees it, with where each page starts: Tika marks a PDF page with
 * {@code <div class="page">} and a presentation's slide with {@code <div class="slide-content">}. The text of
 * {@code <head>}, scripts and styles is left out. Past {@code maxCharacters} it stops the parse.
 */
final class PagedTextHandler extends DefaultHandler {
    /** Raised when the text outgrows the limit; the parse stops there. */
    static final class TooLongException extends SAXException {
        private static final long serialVersionUID = 1L;

        TooLongException(int limit) {
            super("text longer than " + limit + " characters");
        }
    }

    private static final Set<String> PAGE_CLASSES = Set.of("page", "slide-content");
    private static final Set<String> HIDDEN = Set.of("head", "script", "style");

    private final StringBuilder text = new StringBuilder();
    /** Offsets in {@link #text} (chars, before normalisation) at which pages start. */
    private final List<Integer> pageStarts = new ArrayList<>();
    private final int maxCharacters;
    private int hiddenDepth;

    PagedTextHandler(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        if (HIDDEN.contains(name) || hiddenDepth > 0) {
            hiddenDepth++;
            return;
        }
        if (name.equals("div") && PAGE_CLASSES.contains(attributes.getValue("class"))) {
            pageStarts.add(text.length());
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (hiddenDepth > 0) {
            hiddenDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (hiddenDepth > 0) {
            return;
        }
        if (text.length() + length > maxCharacters) {
            throw new TooLongException(maxCharacters);
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    /** The text, normalised, and the code-point offsets where its pages start (empty when it has none). */
    NormalizedText result() {
        return NormalizedText.of(text, pageStarts);
    }
}
