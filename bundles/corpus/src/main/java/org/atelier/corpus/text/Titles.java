package org.atelier.corpus.text;

/** The title a document is listed under: the one its source gives, else its first line, kept to one line. */
public final class Titles {
    /** Longer titles are cut at a word boundary, with an ellipsis: a first line may be a whole paragraph. */
    public static final int MAX_LENGTH = 120;

    private Titles() {}

    public static String of(String given, String text) {
        String title = clean(given);
        if (title == null) {
            title = clean(firstLine(text));
        }
        return title == null ? "(untitled)" : shorten(title);
    }

    /** The first line of {@code text} that is not blank, or {@code null}. */
    public static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    /** Whitespace runs made one space, ends trimmed; {@code null} when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static String shorten(String title) {
        if (title.length() <= MAX_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_LENGTH - 1);
        if (cut < MAX_LENGTH / 2) {
            cut = MAX_LENGTH - 1;
        }
        return title.substring(0, cut).stripTrailing() + "…";
    }
}
