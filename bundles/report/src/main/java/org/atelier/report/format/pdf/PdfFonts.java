package org.atelier.report.format.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one PDF, and the choice of a font for each character. Liberation Sans (inside the bundle) draws
 * Latin with every French accent, Greek, Cyrillic and Hebrew; the fallback fonts found on the machine draw what it
 * lacks (Arabic, symbols, emoji); a character no font has is written as {@code [U+1F680]}, so that nothing of the
 * text is silently lost. Invisible formatting characters (joiners, variation selectors, direction marks) are
 * left out: they have no glyph and the layout does the rest.
 *
 * <p>Fonts are embedded as subsets whose tag (the six letters before the name) is derived from the font's name
 * rather than drawn at random, so that the same report gives the same bytes.
 */
final class PdfFonts {
    /** The font files' contents, read once. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static final String LIBERATION = "/liberation/LiberationSans-";

    private final List<BaseFont> regular = new ArrayList<>();
    private final List<BaseFont> bold = new ArrayList<>();
    private final List<BaseFont> italic = new ArrayList<>();

    private PdfFonts() {}

    /** Fresh fonts for one document: the built-in ones, then each fallback file that exists and loads. */
    static PdfFonts load(String[] fallbackFiles) throws IOException {
        PdfFonts fonts = new PdfFonts();
        fonts.regular.add(font("LiberationSans-Regular.ttf", resource(LIBERATION + "Regular.ttf")));
        fonts.bold.add(font("LiberationSans-Bold.ttf", resource(LIBERATION + "Bold.ttf")));
        fonts.italic.add(font("LiberationSans-Italic.ttf", resource(LIBERATION + "Italic.ttf")));
        for (String file : fallbackFiles == null ? new String[0] : fallbackFiles) {
            BaseFont fallback = fallback(file);
            if (fallback != null) {
                fonts.regular.add(fallback);
                fonts.bold.add(fallback);
                fonts.italic.add(fallback);
            }
        }
        return fonts;
    }

    /** How many fonts a character is looked for in, the built-in one included. */
    int size() {
        return regular.size();
    }

    /**
     * {@code text} as chunks, each in the first font that has its characters.
     *
     * @param style {@link Font#NORMAL}, {@link Font#BOLD} or {@link Font#ITALIC}
     */
    Phrase phrase(String text, float size, int style, Color color) {
        List<BaseFont> chain = style == Font.BOLD ? bold : style == Font.ITALIC ? italic : regular;
        Phrase phrase = new Phrase();
        phrase.setLeading(size * 1.35f);
        StringBuilder run = new StringBuilder();
        BaseFont runFont = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String piece;
            BaseFont font;
            if (cp == '\n') {
                piece = "\n";
                font = runFont == null ? chain.get(0) : runFont;
            } else if (cp == '\t' || cp == '\r' || cp == '\u00a0') {
                piece = " ";
                font = runFont == null ? chain.get(0) : runFont;
            } else if (invisible(cp)) {
                continue;
            } else {
                font = fontFor(chain, cp);
                if (font == null) {
                    piece = String.format(Locale.ROOT, "[U+%04X]", cp);
                    font = chain.get(0);
                } else {
                    piece = Character.toString(cp);
                }
            }
            if (font != runFont && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), new Font(runFont, size, Font.NORMAL, color)));
                run.setLength(0);
            }
            runFont = font;
            run.append(piece);
        }
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), new Font(runFont, size, Font.NORMAL, color)));
        }
        return phrase;
    }

    private static BaseFont fontFor(List<BaseFont> chain, int cp) {
        for (BaseFont font : chain) {
            if (font.charExists(cp)) {
                return font;
            }
        }
        return null;
    }

    /** Characters that are drawn as nothing: format controls (joiners, direction marks), variation selectors. */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    private static BaseFont fallback(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        Path path = Path.of(file.strip());
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".ttf") || lower.endsWith(".otf")) || !Files.isRegularFile(path)) {
            return null;
        }
        try {
            byte[] bytes = FILES.computeIfAbsent(path.toAbsolutePath().toString(), p -> {
                try {
                    return Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return font(name, bytes);
        } catch (IOException | RuntimeException e) {
            // A font that cannot be read or embedded (a colour bitmap font, a CFF font): not used.
            return null;
        }
    }

    private static byte[] resource(String name) throws IOException {
        byte[] bytes = FILES.get(name);
        if (bytes != null) {
            return bytes;
        }
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the bundle");
            }
            bytes = in.readAllBytes();
        }
        FILES.put(name, bytes);
        return bytes;
    }

    private static BaseFont font(String name, byte[] bytes) throws IOException {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setSubset(true);
            font.setSecureRandom(seeded(name));
            return font;
        } catch (DocumentException e) {
            throw new IOException("cannot use the font " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A generator whose output depends on {@code name} only: SHA1PRNG seeded before its first use gives the same
     * sequence every time. OpenPDF draws the subset tag from it.
     */
    private static SecureRandom seeded(String name) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(name.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA1PRNG", e);
        }
    }
}
