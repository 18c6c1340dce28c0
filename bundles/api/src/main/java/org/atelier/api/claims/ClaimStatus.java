package org.atelier.api.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the checking of a claim stands. */
public enum ClaimStatus {
    /** Nobody has checked it yet: the status of a new claim. */
    UNVERIFIED,
    /** Other sources say the same. */
    CORROBORATED,
    /** Other sources say otherwise, and it is not settled. */
    DISPUTED,
    /** Shown to be false. */
    REFUTED,
    /** Shown to be true. */
    VERIFIED;

    /** The name in commands and JSON: {@code unverified}, {@code corroborated}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status named {@code label}, in any case.
     *
     * @throws IllegalArgumentException when no status has this name; the message lists them
     */
    public static ClaimStatus parse(String label) {
        for (ClaimStatus status : values()) {
            if (status.label().equalsIgnoreCase(label.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + label + "' (one of " + labels() + ")");
    }

    /** Every label, separated by {@code |}. */
    public static String labels() {
        return Arrays.stream(values()).map(ClaimStatus::label).collect(Collectors.joining("|"));
    }
}
