package org.atelier.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plain text says of itself in its first or last lines, the way articles copied from the web carry it:
 * a credit line ({@code Source : Techcrunch}) and a publication line ({@code Publié le 3 mars 2025}). Nothing is
 * looked for in the body, where outlets and dates are quoted rather than declared.
 */
public final class TextMetadata {
    /** Lines looked at, at each end of the text. */
    private static final int EDGE_LINES = 3;
    private static final int MAX_LINE_LENGTH = 100;
    private static final Pattern SOURCE = Pattern.compile("(?i)^\\s*sources?\\s*:\\s*(.{2,80}?)\\s*\\.?\\s*$");
    private static final Pattern URL = Pattern.compile("(?i)https?://(?:www\\.)?([^/\\s:]+)\\S*");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?iU)^\\s*(publié|publiée|paru|parue|mis à jour|mise à jour|published|updated|posted)\\b.*");

    private TextMetadata() {}

    /** The outlet a credit line names, or {@code null}. */
    public static String outlet(String text) {
        for (String line : edgeLines(text)) {
            Matcher m = SOURCE.matcher(line);
            if (m.matches()) {
                return hostOrName(m.group(1));
            }
        }
        return null;
    }

    /** A credit may be an address: its host name, without {@code www.}, names the outlet. */
    private static String hostOrName(String credit) {
        Matcher url = URL.matcher(credit);
        return url.matches() ? url.group(1) : credit;
    }

    /** The date of a publication line, or of a line that is only a date; {@code null} when there is none. */
    public static String date(String text) {
        for (String line : edgeLines(text)) {
            String date = Dates.normalize(line);
            if (date == null) {
                continue;
            }
            if (PUBLISHED.matcher(line).matches() || onlyDate(line)) {
                return date;
            }
        }
        return null;
    }

    /** A line with nothing but a date, perhaps a weekday and a time ("lundi 3 mars 2025 à 10h30"). */
    private static boolean onlyDate(String line) {
        String rest = line.toLowerCase(Locale.ROOT)
                .replaceAll("\\d", " ")
                .replaceAll("(?U)\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
                        + "thursday|friday|saturday|sunday|le|on|à|at|h|er|st|nd|rd|th|utc|gmt|am|pm)\\b", " ")
                .replaceAll("[\\p{L}]+", "MONTH")
                .replaceAll("[\\s,./:\\-+()]", "");
        return rest.isEmpty() || rest.equals("MONTH");
    }

    /** The first and the last few non-blank lines, short enough to be credits rather than paragraphs. */
    private static List<String> edgeLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean edge = i < EDGE_LINES || i >= lines.size() - EDGE_LINES;
            if (edge && lines.get(i).length() <= MAX_LINE_LENGTH) {
                edges.add(lines.get(i).strip());
            }
        }
        return edges;
    }
}
