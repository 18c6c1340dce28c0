package org.atelier.search.lucene;

import java.nio.ByteBuffer;
import java.util.Base64;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The position after a hit in the ranking (score, then id), written as a short URL-safe string. It names the
 * hit by its values, not by Lucene's document number, so it stays valid across index refreshes and restarts.
 */
final class Cursor {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursor() {}

    /** The cursor after {@code hit}, a hit of the (score, id) ranking. */
    static String after(FieldDoc hit) {
        float score = (Float) hit.fields[0];
        BytesRef id = (BytesRef) hit.fields[1];
        ByteBuffer buffer = ByteBuffer.allocate(Float.BYTES + id.length);
        buffer.putFloat(score).put(id.bytes, id.offset, id.length);
        return ENCODER.encodeToString(buffer.array());
    }

    /**
     * The hit a cursor names, as Lucene's {@code searchAfter} takes it.
     *
     * @throws IllegalArgumentException when {@code cursor} is not one of ours
     */
    static FieldDoc parse(String cursor) {
        byte[] bytes = DECODER.decode(cursor);
        if (bytes.length <= Float.BYTES) {
            throw new IllegalArgumentException("not a search cursor: " + cursor);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        float score = buffer.getFloat();
        BytesRef id = new BytesRef(bytes, Float.BYTES, bytes.length - Float.BYTES);
        // The document number only breaks ties between equal sort values, which ids never are.
        return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {score, id});
    }
}
