package org.atelier.api.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A figure a claim states, as written and normalised: {@code "7 milliards de dollars"} is 7e9 {@code USD},
 * {@code "100 000 puces"} 100000 {@code chips}, {@code "51 millions"} 51e6 without unit, {@code "en 2025"} the
 * year 2025.
 *
 * @param raw   the text as written
 * @param value the number: an amount, a count, a percentage (12.5 for 12,5 %), a year, or for a
 *              {@link Kind#DATE} the day as counted by {@link LocalDate#toEpochDay()}
 * @param unit  an ISO 4217 currency code for money ({@code USD}, {@code EUR}, {@code CNY}), what is counted for a
 *              quantity ({@code chips}, {@code users}), {@code %} for a percentage, or {@code null}
 * @param kind  what sort of figure it is
 */
public record Figure(String raw, double value, String unit, Kind kind) {

    public Figure {
        if (raw == null || kind == null) {
            throw new IllegalArgumentException("a figure needs its text and its kind");
        }
    }

    /** What sort of figure. */
    public enum Kind {
        MONEY, QUANTITY, PERCENT, YEAR, DATE;

        /** The name in commands and JSON: {@code money}, {@code quantity}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String label) {
            for (Kind kind : values()) {
                if (kind.label().equalsIgnoreCase(label.strip())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown kind of figure '" + label + "'");
        }
    }

    /** The value with its unit, the same for every way of writing it: {@code 7000000000 USD}, {@code 2025-03-03}. */
    public String normalized() {
        if (kind == Kind.DATE) {
            return LocalDate.ofEpochDay((long) value).toString();
        }
        String number = plain(value);
        if (unit == null) {
            return number;
        }
        return kind == Kind.PERCENT ? number + " %" : number + " " + unit;
    }

    /** Whether both state the same thing: same kind, unit and value, however written. */
    public boolean sameAs(Figure other) {
        return kind == other.kind
                && java.util.Objects.equals(unit, other.unit)
                && Math.abs(value - other.value) <= 1e-9 * Math.max(1, Math.abs(value));
    }

    private static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
