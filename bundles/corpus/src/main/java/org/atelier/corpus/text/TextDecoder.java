package org.atelier.corpus.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.atelier.api.corpus.InvalidSourceException;

/**
 * Bytes to the text a document keeps: the charset of a byte order mark (UTF-8, UTF-16 LE or BE), else UTF-8
 * when the bytes are valid UTF-8, else Windows-1252; then Unicode NFC and {@code \n} line ends.
 *
 * <p>Written here rather than taken from a charset detection library (ICU4J, juniversalchardet): the sources
 * an analyst imports are UTF-8 or the legacy Windows/Latin-1 encoding of French text, so the decision is three
 * rules and one table of 32 characters. A detector guessing among dozens of charsets would add megabytes and
 * wrong guesses on short French texts. Invalid UTF-8 is the reliable sign of Windows-1252: an accented letter
 * encoded in Windows-1252 is a lone byte above 0x7F, which UTF-8 never allows.
 */
public final class TextDecoder {
    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /**
     * Windows-1252 from 0x80 to 0x9F, where it differs from ISO-8859-1 (euro sign, curly quotes, œ, ...). The
     * five bytes Windows-1252 leaves undefined keep their ISO-8859-1 meaning, as browsers decode them. ISO-8859-1
     * text never uses this range, so it decodes the same way.
     */
    private static final char[] WINDOWS_1252_HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

    private TextDecoder() {}

    /**
     * Decodes {@code bytes} as described above.
     *
     * @throws InvalidSourceException when the bytes are binary rather than text
     */
    public static String decode(byte[] bytes) throws InvalidSourceException {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            if (indexOfNul(bytes) >= 0) {
                throw new InvalidSourceException("binary content, not text (NUL bytes; UTF-16 text needs a byte order mark)");
            }
            text = strictUtf8(bytes);
            if (text == null) {
                text = windows1252(bytes);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new InvalidSourceException("binary content, not text (mostly control characters)");
        }
        return normalize(text);
    }

    /** Unicode NFC and {@code \n} line ends: the form every stored text has, whatever produced it. */
    public static String normalize(String text) {
        String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC)
                ? lines
                : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }

    /** The text, or {@code null} when the bytes are not valid UTF-8. */
    static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String windows1252(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            chars[i] = b >= 0x80 && b < 0xA0 ? WINDOWS_1252_HIGH[b - 0x80] : (char) b;
        }
        return new String(chars);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The share of control characters other than tab, line feed, carriage return and form feed. */
    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return (double) controls / text.length();
    }
}
