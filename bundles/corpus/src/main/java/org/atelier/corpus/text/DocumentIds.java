package org.atelier.corpus.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document ids from content: the first 16 hex digits (64 bits) of the SHA-256 of the stored text, so the same
 * text always gets the same id and re-importing it changes nothing. 64 bits keep the chance of two of a
 * million documents sharing an id below one in ten million.
 */
public final class DocumentIds {
    public static final int LENGTH = 16;

    private DocumentIds() {}

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code value} has the form of an id. */
    public static boolean isId(String value) {
        return value.length() == LENGTH && value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }
}
