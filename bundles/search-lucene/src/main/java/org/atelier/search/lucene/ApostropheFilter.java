package org.atelier.search.lucene;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes the typographic apostrophe ({@code ’}, U+2019) of edited French text as the {@code '} a keyboard types,
 * so that {@code aujourd’hui} and {@code aujourd'hui} are one word in every field, the exact one included.
 */
public final class ApostropheFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ApostropheFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0, length = term.length(); i < length; i++) {
            if (buffer[i] == '\u2019') {
                buffer[i] = '\'';
            }
        }
        return true;
    }
}
