package org.atelier.api.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How one claim relates to another. */
public enum LinkType {
    /** The other claim supports this one: another source says the same. */
    CORROBORATES,
    /** The other claim says otherwise. */
    CONTRADICTS,
    /** Both are one claim, quoted in two places. */
    SAME_AS;

    /** The name in commands and JSON: {@code corroborates}, {@code contradicts}, {@code same-as}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The type named {@code label}.
     *
     * @throws IllegalArgumentException when no type has this name; the message lists them
     */
    public static LinkType parse(String label) {
        for (LinkType type : values()) {
            if (type.label().equalsIgnoreCase(label.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown link type '" + label + "' (one of " + labels() + ")");
    }

    /** Every label, separated by {@code |}. */
    public static String labels() {
        return Arrays.stream(values()).map(LinkType::label).collect(Collectors.joining("|"));
    }
}
