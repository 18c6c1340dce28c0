package org.atelier.claims.french;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.claims.text.FoldedText;

/**
 * The names in French text: runs of capitalised words ({@code ByteDance}, {@code Thea Kendler}, {@code The
 * Times of India}). A capitalised word that opens a sentence is a name only if it looks like one
 * ({@code ByteDance}, {@code NVIDIA}) or the document writes it capitalised elsewhere too.
 */
public final class Actors {
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&\\-]*(?:\\s+(?:(?:of|de|du|des|la|le|the)\\s+)?\\p{Lu}"
                    + "[\\p{L}\\p{N}&\\-]*)*",
            Pattern.UNICODE_CASE);
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&\\-]*");
    /** Capitalised words that name nobody. */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of("ia", "ai", "l", "d", "le", "la", "les", "un", "une",
            "des", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "en", "et", "mais", "or",
            "si", "selon", "pour", "avec", "sans", "alors", "source", "image", "photo", "lire"));
    /** Words of company names too common to tell two apart. */
    private static final Set<String> WEAK = Set.copyOf(List.of("of", "de", "du", "des", "la", "le", "the", "corp", "ltd",
            "inc", "group", "holding", "sa", "co"));

    private Actors() {}

    /** The folded capitalised words written in the middle of a sentence somewhere in {@code text}. */
    public static Set<String> knownNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher word = CAPITALISED.matcher(text);
        while (word.find()) {
            int before = word.start() - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            boolean opening = before < 0 || ".!?…\n:«“\"".indexOf(text.charAt(before)) >= 0;
            if (!opening) {
                names.add(FoldedText.fold(word.group(), FoldedText.Mode.LOOSE));
            }
        }
        return names;
    }

    /** The names in {@code sentence}, in order, without repeats. */
    public static List<String> find(String sentence, Set<String> knownNames) {
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(sentence);
        while (name.find()) {
            String found = name.group().strip();
            String first = found.split("\\s+")[0];
            String folded = FoldedText.fold(first, FoldedText.Mode.LOOSE);
            boolean opening = opening(sentence, name.start());
            if (NOT_NAMES.contains(folded)) {
                int space = found.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                found = found.substring(space + 1).strip();
                first = found.split("\\s+")[0];
                folded = FoldedText.fold(first, FoldedText.Mode.LOOSE);
                opening = false;
            }
            if (opening && !looksLikeName(first) && !knownNames.contains(folded)) {
                int space = found.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                found = found.substring(space + 1).strip();
            }
            found = found.replaceFirst("^(?:(?:of|de|du|des|la|le)\\s+)+", "");
            if (!found.isEmpty() && !NOT_NAMES.contains(FoldedText.fold(found, FoldedText.Mode.LOOSE))) {
                names.add(found);
            }
        }
        return new ArrayList<>(names);
    }

    /** The words of the names, folded, for telling whether two texts name the same actors. */
    public static Set<String> keys(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            for (String word : FoldedText.fold(name, FoldedText.Mode.LOOSE).split("[\\s\\-]+")) {
                if (word.length() >= 2 && !WEAK.contains(word) && !NOT_NAMES.contains(word)) {
                    keys.add(word.endsWith("s") && word.length() > 4 && Character.isDigit(word.charAt(1))
                            ? word.substring(0, word.length() - 1) : word);
                }
            }
        }
        return keys;
    }

    private static boolean opening(String sentence, int at) {
        int before = at - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || ".!?…:«“\"(".indexOf(sentence.charAt(before)) >= 0;
    }

    /** {@code ByteDance}, {@code NVIDIA}, {@code H20}: a capital or a digit after the first letter. */
    private static boolean looksLikeName(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) || Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
