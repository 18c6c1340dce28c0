package org.atelier.report.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.command.CommandException;

/**
 * The options of {@code export}, read from the words as typed: {@code --format F} (or {@code --format=F}),
 * {@code --query Q}, {@code --status S} (repeated, or {@code S1,S2}), {@code --doc ID}, {@code -o FILE} (or
 * {@code --output FILE}), {@code --list}.
 */
record ExportOptions(boolean list, String format, String query, List<ClaimStatus> statuses, String doc,
        String output) {

    static ExportOptions parse(List<String> words) {
        boolean list = false;
        String format = null;
        String query = null;
        String doc = null;
        String output = null;
        List<ClaimStatus> statuses = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String name = word;
            String value = null;
            int equals = word.indexOf('=');
            if (word.startsWith("--") && equals > 0) {
                name = word.substring(0, equals);
                value = word.substring(equals + 1);
            } else if (word.startsWith("-o") && word.length() > 2 && !word.startsWith("--")) {
                name = "-o";
                value = word.substring(2);
            }
            switch (name) {
                case "--list" -> {
                    if (value != null) {
                        throw CommandException.usage("export: --list takes no value");
                    }
                    list = true;
                }
                case "--format", "-f" -> format = value != null ? value : value(words, ++i, name);
                case "--query", "-q" -> query = value != null ? value : value(words, ++i, name);
                case "--doc" -> doc = value != null ? value : value(words, ++i, name);
                case "-o", "--output" -> output = value != null ? value : value(words, ++i, name);
                case "--status", "-s" -> {
                    String labels = value != null ? value : value(words, ++i, name);
                    for (String label : labels.split(",")) {
                        if (label.isBlank()) {
                            continue;
                        }
                        try {
                            statuses.add(ClaimStatus.parse(label));
                        } catch (IllegalArgumentException e) {
                            throw CommandException.usage("export: " + e.getMessage());
                        }
                    }
                }
                default -> throw CommandException.usage(word.startsWith("-")
                        ? "export: unknown option " + name + " (see atelier export --help)"
                        : "export: unexpected '" + word + "' (see atelier export --help)");
            }
        }
        if (output != null && output.isBlank()) {
            throw CommandException.usage("export: -o needs a file name");
        }
        return new ExportOptions(list, format == null ? null : format.strip().toLowerCase(Locale.ROOT), query,
                List.copyOf(statuses), doc, output);
    }

    private static String value(List<String> words, int i, String name) {
        if (i >= words.size()) {
            throw CommandException.usage("export: " + name + " needs a value");
        }
        return words.get(i);
    }
}
