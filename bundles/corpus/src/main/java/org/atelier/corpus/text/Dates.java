package org.atelier.corpus.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them, to ISO-8601 ({@code 2025-01-02}). Only the date is kept: a time and
 * an offset, when given, are dropped without converting, so the day is the one the source printed.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/])");
    /** Day first, as French and most European sources write it. */
    private static final Pattern NUMERIC_DAY_FIRST = Pattern.compile("(?<![\\d/])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("avr", 4),
            Map.entry("juil", 7), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("déc", 12), Map.entry("dec", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9));

    private Dates() {}

    /** The date in {@code value} as ISO-8601, or {@code null} when there is none. */
    public static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC_DAY_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            String date = named(m.group(3), m.group(2), m.group(1));
            if (date != null) {
                return date;
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            String date = named(m.group(3), m.group(1), m.group(2));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String named(String year, String month, String day) {
        Integer number = MONTHS.get(month.toLowerCase(Locale.ROOT));
        return number == null ? null : date(year, number.toString(), day);
    }

    private static String date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
