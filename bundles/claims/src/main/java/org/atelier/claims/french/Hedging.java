package org.atelier.claims.french;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which French news keeps its distance from what it reports: the conditional mood ("conditionnel
 * journalistique": {@code envisagerait}, {@code aurait commandé}, {@code seraient}), modal speculation
 * ({@code pourrait}), announced intentions ({@code s'apprête à}), unnamed sources and appearances
 * ({@code semble}).
 */
public final class Hedging {
    /** What sort of hedge. */
    public enum Kind {
        /** A verb in the conditional reporting an unconfirmed fact: the "conditionnel journalistique". */
        REPORTED_CONDITIONAL,
        /** {@code pourrait}, {@code devrait}: speculation rather than report. */
        MODAL,
        /** {@code s'apprête à}, {@code sur le point de}: an intention announced. */
        ANNOUNCED,
        /** {@code selon certaines sources}, {@code sources anonymes}. */
        UNNAMED_SOURCES,
        /** {@code semble}, {@code apparemment}, {@code probablement}. */
        APPEARANCE
    }

    /** A hedge found: its kind and the words. */
    public record Found(Kind kind, String words) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’\\-]*", FLAGS);
    /** Endings of the conditional that the imperfect of common verbs does not share. */
    private static final Pattern CONDITIONAL = Pattern.compile(
            ".*(?:er|rr|dr|vr|uir|oir|ttr|îtr|ir)(?:ait|aient)$|^(?:aurai(?:t|ent)|saurai(?:t|ent)"
                    + "|s['’]apprêterai(?:t|ent))$");
    /** Imperfects (and nouns) with a conditional-looking ending. */
    private static final Set<String> NOT_CONDITIONAL = Set.copyOf(List.of("tirait", "attirait", "retirait", "inspirait",
            "aspirait", "admirait", "desirait", "désirait", "expirait", "soupirait", "virait", "respirait",
            "conspirait", "empirait", "delirait", "délirait", "chavirait", "livrait", "delivrait", "délivrait",
            "ouvrait", "couvrait", "decouvrait", "découvrait", "recouvrait", "rouvrait", "oeuvrait", "œuvrait",
            "manoeuvrait", "manœuvrait", "encadrait", "cadrait", "serrait", "desserrait", "barrait", "demarrait",
            "démarrait", "bourrait", "amarrait", "ferrait", "enterrait", "errait", "poudrait", "cirait",
            "ecrivait", "souffrait", "offrait", "attrait", "distrait", "abstrait", "soustrait"));
    /** Words after {@code aurait}, {@code serait} that end like a participle and are none. */
    private static final Set<String> NOT_PARTICIPLES = Set.copyOf(List.of("plus", "tous", "dessus", "dessous",
            "ici", "aussi", "ainsi", "parmi", "lui", "qui", "celui", "jamais"));
    private static final Set<String> MODALS = Set.copyOf(List.of("pourrait", "pourraient", "devrait", "devraient", "faudrait",
            "voudrait", "voudraient"));
    private static final Pattern ANNOUNCED = Pattern.compile(
            "(?<![\\p{L}])(?:s['’]appr[êe]t(?:e|ent|ait|aient|erait|eraient)\\s+[àa]|sur\\s+le\\s+point\\s+de|"
                    + "s['’]appr[êe]t(?:e|ent)\\s+[àa])", FLAGS);
    private static final Pattern UNNAMED = Pattern.compile(
            "(?<![\\p{L}])(?:selon\\s+(?:certaines|plusieurs|des|de)\\s+sources|sources?\\s+anonymes?"
                    + "|sous\\s+couvert\\s+d['’]anonymat|sources?\\s+proches?|sources?\\s+bien\\s+inform[ée]es"
                    + "|(?:une|des|plusieurs|certaines)\\s+sources?(?![\\p{L}]))", FLAGS);
    private static final Pattern APPEARANCE = Pattern.compile(
            "(?<![\\p{L}])(?:sembl(?:e|ent|ait|aient|erait|eraient)|para[iî]t-il|apparemment|probablement"
                    + "|vraisemblablement|peut-[êe]tre|il\\s+est\\s+possible\\s+que|pr[ée]sum[ée]e?s?)(?![\\p{L}])",
            FLAGS);

    private Hedging() {}

    /** The hedges of {@code sentence}, in the order of the kinds, then of the text. */
    public static List<Found> find(String sentence) {
        List<Found> found = new ArrayList<>();
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            String w = word.group().toLowerCase(Locale.ROOT);
            String bare = w.replaceFirst("^(?:[ldnsjmtc]|qu)['’]", "");
            if (MODALS.contains(bare)) {
                found.add(new Found(Kind.MODAL, word.group()));
            } else if (conditional(w)) {
                found.add(new Found(Kind.REPORTED_CONDITIONAL, conditionalPhrase(sentence, word)));
            }
        }
        add(found, Kind.ANNOUNCED, ANNOUNCED.matcher(sentence));
        add(found, Kind.UNNAMED_SOURCES, UNNAMED.matcher(sentence));
        add(found, Kind.APPEARANCE, APPEARANCE.matcher(sentence));
        found.sort(java.util.Comparator.comparing(Found::kind));
        return found;
    }

    /** Whether the word (lower case) is a verb in the conditional. */
    static boolean conditional(String word) {
        String bare = word.replaceFirst("^(?:[ldnsjmtc]|qu)['’]", "");
        if (NOT_CONDITIONAL.contains(bare) || bare.length() < 6) {
            return false;
        }
        return CONDITIONAL.matcher(word).matches() || CONDITIONAL.matcher(bare).matches();
    }

    /** The conditional with the participle it may carry: {@code aurait commandé}, not just {@code aurait}. */
    private static String conditionalPhrase(String sentence, Matcher word) {
        Matcher next = Pattern.compile("^\\s+(?:(?:été|ete)\\s+)?(\\p{L}+(?:é|ée|és|ées|i|is|ie|u|ue|us|it|ert|int))"
                + "(?![\\p{L}])", FLAGS).matcher(sentence.substring(word.end()));
        String w = word.group().toLowerCase(Locale.ROOT);
        if ((w.startsWith("aur") || w.startsWith("ser")) && next.find()
                && !NOT_PARTICIPLES.contains(next.group(1).toLowerCase(Locale.ROOT))) {
            return word.group() + next.group();
        }
        return word.group();
    }

    private static void add(List<Found> found, Kind kind, Matcher matcher) {
        while (matcher.find()) {
            found.add(new Found(kind, matcher.group()));
        }
    }
}
