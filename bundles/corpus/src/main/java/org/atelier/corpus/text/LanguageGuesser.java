package org.atelier.corpus.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells French from English and from the rest by the frequency of stop words, the method of the early
 * language identifiers (Grefenstette 1995, "Comparing two language identification schemes"): the few dozen
 * most frequent words of a language make up a third or more of any running text in it, and the lists of
 * different languages barely overlap. Lists of five more European languages compete, so Spanish or Italian,
 * which share {@code de}, {@code la}, {@code que} with French, come out as undetermined rather than French.
 */
public final class LanguageGuesser {
    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";
    public static final String UNDETERMINED = "und";

    /** Tokens looked at: the beginning of a long text says as much as all of it. */
    private static final int MAX_TOKENS = 2000;
    /** Fewer stop words than this and nothing is decided. */
    private static final int MIN_HITS = 3;
    /** The winner's stop words must make up this share of the tokens... */
    private static final double MIN_SHARE = 0.10;
    /** ...and outnumber the runner-up's by this factor. */
    private static final double MIN_LEAD = 1.3;

    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put(FRENCH, Set.of("le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "en", "que",
                "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "ce", "cette", "ces", "il", "elle", "ils",
                "elles", "nous", "vous", "son", "sa", "ses", "leur", "leurs", "mais", "ou", "où", "par", "plus", "ne",
                "se", "sont", "été", "être", "ont", "à", "l", "d", "qu", "n", "c", "j", "y", "aussi", "comme",
                "tout", "très", "entre", "après", "sans", "lui", "dont"));
        STOP_WORDS.put(ENGLISH, Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "on", "with", "as",
                "was", "at", "by", "be", "this", "are", "from", "or", "an", "have", "not", "but", "which", "has",
                "they", "you", "he", "she", "we", "his", "her", "their", "will", "would", "there", "been", "its",
                "were", "can", "said", "about", "more", "what", "who", "had", "also", "into", "than"));
        STOP_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem",
                "von", "zu", "auf", "für", "sich", "auch", "als", "wird", "werden", "im", "bei", "sie", "es", "wie"));
        STOP_WORDS.put("es", Set.of("el", "los", "las", "del", "y", "es", "que", "por", "con", "para", "una", "un",
                "se", "no", "lo", "su", "al", "como", "más", "pero", "sus", "ha", "en", "de", "la", "este", "esta"));
        STOP_WORDS.put("it", Set.of("il", "lo", "gli", "della", "dei", "delle", "di", "che", "e", "è", "per", "con",
                "una", "un", "non", "sono", "del", "alla", "nel", "anche", "come", "più", "ma", "si", "la", "le"));
        STOP_WORDS.put("pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "e", "é", "em", "que", "para", "com",
                "uma", "um", "não", "no", "na", "por", "se", "mais", "ao", "como", "mas", "de", "foi", "são"));
        STOP_WORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "met", "voor",
                "niet", "zijn", "aan", "er", "maar", "ook", "als", "bij", "ik", "je", "wordt", "werd", "naar"));
    }

    private LanguageGuesser() {}

    /** {@code fr}, {@code en} or {@code und}. */
    public static String guess(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        STOP_WORDS.keySet().forEach(language -> hits.put(language, 0));
        int tokens = 0;
        int start = -1;
        for (int i = 0; i <= text.length() && tokens < MAX_TOKENS; i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                tokens++;
                for (Map.Entry<String, Set<String>> language : STOP_WORDS.entrySet()) {
                    if (language.getValue().contains(word)) {
                        hits.merge(language.getKey(), 1, Integer::sum);
                    }
                }
                start = -1;
            }
        }
        String best = null;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                secondHits = bestHits;
                bestHits = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > secondHits) {
                secondHits = entry.getValue();
            }
        }
        if (best == null || bestHits < MIN_HITS || bestHits < MIN_SHARE * tokens || bestHits < MIN_LEAD * secondHits) {
            return UNDETERMINED;
        }
        return best.equals(FRENCH) || best.equals(ENGLISH) ? best : UNDETERMINED;
    }

    /**
     * A language code as a source wrote it ({@code fr-FR}, {@code FR}, {@code en_GB}) as ISO 639-1, or
     * {@code null} when it is not one.
     */
    public static String normalizeCode(String code) {
        if (code == null) {
            return null;
        }
        String trimmed = code.strip();
        if (trimmed.length() < 2 || !Character.isLetter(trimmed.charAt(0)) || !Character.isLetter(trimmed.charAt(1))
                || trimmed.length() > 2 && trimmed.charAt(2) != '-' && trimmed.charAt(2) != '_') {
            return null;
        }
        return trimmed.substring(0, 2).toLowerCase(Locale.ROOT);
    }
}
