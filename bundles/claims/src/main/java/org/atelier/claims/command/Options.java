package org.atelier.claims.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.api.command.CommandException;

/**
 * The options and arguments of one subcommand, read from the words as given: {@code --flag},
 * {@code --name VALUE}, {@code --name=VALUE}, a repeatable {@code --tag A --tag B}; {@code --} ends the options.
 */
final class Options {
    private final Set<String> flags = new HashSet<>();
    private final Map<String, List<String>> values = new HashMap<>();
    private final List<String> arguments = new ArrayList<>();

    private Options() {}

    /**
     * @param command  the subcommand, for messages ({@code claims add})
     * @param flags    the options without value
     * @param valued   the options with a value
     * @throws CommandException (usage) on an unknown option or a missing value
     */
    static Options parse(String command, List<String> words, Set<String> flags, Set<String> valued) {
        Options options = new Options();
        boolean ended = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (ended || !word.startsWith("--")) {
                options.arguments.add(word);
                continue;
            }
            if (word.equals("--")) {
                ended = true;
                continue;
            }
            String name = word;
            String value = null;
            int equals = word.indexOf('=');
            if (equals > 0) {
                name = word.substring(0, equals);
                value = word.substring(equals + 1);
            }
            if (flags.contains(name) && value == null) {
                options.flags.add(name);
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw CommandException.usage(command + ": " + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                options.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw CommandException.usage(command + ": unknown option " + name + " (see atelier claims --help)");
            }
        }
        return options;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The value of an option given once, or {@code null}; given twice, the last. */
    String value(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(list.size() - 1);
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    List<String> arguments() {
        return arguments;
    }
}
