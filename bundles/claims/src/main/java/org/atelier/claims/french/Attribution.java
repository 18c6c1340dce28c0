package org.atelier.claims.french;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a French sentence says asserts it: {@code selon X}, {@code d'après X}, {@code X affirme (déclare,
 * soutient, rapporte, font valoir...) que}, {@code X a déclaré}, {@code ..., a confirmé X}, {@code confirmé par X}.
 */
public final class Attribution {
    /**
     * An attribution found.
     *
     * @param cue       the words that attribute ({@code selon}, {@code font valoir que})
     * @param claimant  who asserts, as written, or {@code null} when only a pronoun names them
     * @param anonymous whether the claimant is unnamed sources ({@code selon certaines sources})
     * @param start     where the cue starts in the sentence (UTF-16)
     */
    public record Found(String cue, String claimant, boolean anonymous, int start) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PARTICIPLES = "affirm[ée]e?s?|d[ée]clar[ée]e?s?|soutenue?s?|rapport[ée]e?s?"
            + "|fait valoir|estim[ée]|indiqu[ée]|assur[ée]|expliqu[ée]|pr[ée]cis[ée]|annonc[ée]|r[ée]v[ée]l[ée]"
            + "|soulign[ée]|confirm[ée]|reconnu|d[ée]menti|pr[ée]venu|averti|martel[ée]|jug[ée]|consid[ée]r[ée]"
            + "|[ée]crit|dit|ajout[ée]|not[ée]|rappel[ée]|r[ée]p[ée]t[ée]|insist[ée]|admis|reconnu";
    private static final String PRESENT = "affirment|affirme|d[ée]clarent|d[ée]clare|soutiennent|soutient"
            + "|rapportent|rapporte|font valoir|fait valoir|estiment|estime|indiquent|indique|assurent|assure"
            + "|expliquent|explique|pr[ée]cisent|pr[ée]cise|annoncent|annonce|r[ée]v[èe]lent|r[ée]v[èe]le"
            + "|soulignent|souligne|confirment|confirme|reconnaissent|reconna[iî]t|d[ée]mentent|d[ée]ment"
            + "|jugent|juge|consid[èe]rent|consid[èe]re|[ée]crivent|[ée]crit|disent|dit|ajoutent|ajoute"
            + "|notent|note|rappellent|rappelle|pr[ée]viennent|pr[ée]vient|avancent|avance|admettent|admet"
            + "|affirmait|affirmaient|d[ée]clarait|d[ée]claraient|estimait|estimaient|assurait|assuraient"
            + "|expliquait|expliquaient|indiquait|indiquaient";
    /** A reporting verb followed by {@code que}: {@code affirme que}, {@code ont fait valoir que}. */
    private static final Pattern REPORTED = Pattern.compile("(?<![\\p{L}])(?<verb>(?:a|ont|avait|avaient|aurait"
            + "|auraient)\\s+(?:\\p{L}+ment\\s+)?(?:" + PARTICIPLES + ")|" + PRESENT + ")\\s+qu(?:e\\b|['’])",
            FLAGS);
    /** {@code a déclaré}, {@code a confirmé} without {@code que}: the claimant follows or precedes. */
    private static final Pattern STATED = Pattern.compile("(?<![\\p{L}])(?<verb>(?:a|ont)(?:-t-(?:il|elle))?"
            + "\\s+(?:d[ée]clar[ée]|confirm[ée]|affirm[ée]|indiqu[ée]|pr[ée]cis[ée]|expliqu[ée]|annonc[ée]"
            + "|assur[ée]|estim[ée]|ajout[ée]|soulign[ée]|r[ée]v[ée]l[ée]))(?![\\p{L}])", FLAGS);
    /** {@code selon X}, {@code d'après X}. */
    private static final Pattern ACCORDING = Pattern.compile("(?<![\\p{L}])(?<cue>selon|d['’]apr[èe]s)\\s+"
            + "(?<who>[^,;:.!?()«»\"]+)", FLAGS);
    /** {@code confirmée par X}: the passive names who. */
    private static final Pattern BY = Pattern.compile("(?<![\\p{L}])(?<cue>(?:confirm|rapport|r[ée]v[ée]l|annonc"
            + "|affirm|d[ée]menti|indiqu|d[ée]clar)[ée]?e?s?\\s+par)\\s+(?<who>[^,;:.!?()«»\"]+)", FLAGS);
    /** An incise at the end: {@code ..., affirme X.}, {@code ..., a déclaré X.}. */
    private static final Pattern INCISE = Pattern.compile(",\\s*(?<cue>(?:a|ont)(?:-t-(?:il|elle))?\\s+(?:"
            + PARTICIPLES + ")|" + PRESENT + ")\\s+(?<who>[^,;:.!?()«»\"]+)[.!…]?\\s*[»”\"]?\\s*$", FLAGS);

    /** Frames around the source in {@code selon X}: {@code selon ce que rapporte X}. */
    private static final Pattern FRAME = Pattern.compile("^(?:ce\\s+qu(?:e|['’])\\s*(?:(?:a|ont)\\s+)?\\p{L}+"
            + "(?:\\s+valoir)?\\s+|(?:des|les|de\\s+nouvelles|certaines)\\s+informations\\s+\\p{L}+\\s+par\\s+"
            + "|(?:un|une|le|la|les|des)\\s+(?:rapport|article|communiqu[ée]|sondage|[ée]tude|enqu[êe]te|donn[ée]es"
            + "|chiffres|estimations|documents?)\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’]))",
            FLAGS);
    private static final Pattern ANONYMOUS = Pattern.compile("(?<![\\p{L}])(?:(?:certaines|des|plusieurs|deux"
            + "|trois|quatre|cinq|une|quelques|nos|de)\\s+)?sources?(?:\\s+(?:anonymes?|proches?|bien\\s+inform[ée]es"
            + "|internes?|industrielles|concordantes|non\\s+identifi[ée]es))?(?![\\p{L}])", FLAGS);
    private static final Set<String> PRONOUNS = Set.copyOf(List.of("il", "elle", "ils", "elles", "on", "lui", "eux",
            "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "ce dernier", "cette dernière", "l'entreprise",
            "la société", "le groupe"));
    private static final Pattern LEADING_CONNECTOR = Pattern.compile("^(?:alors\\s+que|tandis\\s+que|mais|et|or"
            + "|donc|puis|ainsi|enfin|pourtant|cependant|toutefois|en\\s+effet|de\\s+son\\s+c[ôo]t[ée]"
            + "|pour\\s+sa\\s+part|quant\\s+[àa])\\s+", FLAGS);
    private static final Pattern INCIDENTAL = Pattern.compile("^(?:bien\\s+qu|quoiqu|malgr[ée]|selon|sans|en\\s"
            + "|pour\\s|apr[èe]s|avant|lorsqu|quand|si\\s|comme\\s|depuis|dans|sur\\s|avec|jusqu|notamment|d['’]apr)",
            FLAGS);
    private static final Pattern NOUN_PHRASE = Pattern.compile("^(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces"
            + "|son|sa|ses|leur|leurs|plusieurs|certains|certaines|deux|trois|quatre|cinq|quelques|aucun|aucune"
            + "|nos|notre)(?![\\p{L}])|^\\p{Lu}", Pattern.UNICODE_CASE);

    private Attribution() {}

    /**
     * The attribution of {@code sentence}: {@code selon X}, a passive ({@code confirmée par X}), a reporting verb
     * with {@code que}, an incise at the end ({@code ..., a déclaré X.}), a reporting verb alone; the first found
     * in this order.
     */
    public static Optional<Found> find(String sentence) {
        Matcher according = ACCORDING.matcher(sentence);
        if (according.find()) {
            String who = cleanSource(according.group("who"));
            return Optional.of(new Found(according.group("cue") + " " + according.group("who").strip(), who,
                    anonymous(who), according.start()));
        }
        Matcher by = BY.matcher(sentence);
        if (by.find()) {
            String who = cleanSource(by.group("who"));
            return Optional.of(new Found(by.group("cue"), who, anonymous(who), by.start()));
        }
        Matcher reported = REPORTED.matcher(sentence);
        if (reported.find()) {
            String who = subjectBefore(sentence, reported.start());
            return Optional.of(new Found(reported.group().strip(), who, anonymous(who), reported.start()));
        }
        Matcher incise = INCISE.matcher(sentence);
        if (incise.find() && NOUN_PHRASE.matcher(incise.group("who").strip()).find()) {
            String who = cleanSource(incise.group("who"));
            return Optional.of(new Found(incise.group("cue"), who, anonymous(who), incise.start("cue")));
        }
        Matcher stated = STATED.matcher(sentence);
        if (stated.find()) {
            String who = subjectBefore(sentence, stated.start());
            return Optional.of(new Found(stated.group("verb"), who, anonymous(who), stated.start()));
        }
        return Optional.empty();
    }

    /** Whether {@code text} names unnamed sources. */
    public static boolean anonymous(String text) {
        return text != null && ANONYMOUS.matcher(text).find();
    }

    /** The source of {@code selon X}: without its frame, cut at a relative clause, at most eight words. */
    static String cleanSource(String raw) {
        String who = raw.strip();
        for (int i = 0; i < 3; i++) {
            Matcher frame = FRAME.matcher(who);
            if (!frame.find()) {
                break;
            }
            who = who.substring(frame.end()).strip();
        }
        who = who.split("(?iu)\\s+(?:qui|que|dont|o[uù]|lorsqu|quand)(?![\\p{L}])")[0].strip();
        String[] words = who.split("\\s+");
        if (words.length > 8) {
            who = String.join(" ", java.util.Arrays.copyOf(words, 8));
        }
        if (who.isEmpty() || PRONOUNS.contains(who.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return who;
    }

    /**
     * The subject of the verb at {@code verbStart}: the last comma-separated part before it that reads as a
     * noun phrase, passing over incidental clauses ({@code bien qu'incapable de ...}).
     */
    static String subjectBefore(String sentence, int verbStart) {
        String before = sentence.substring(0, verbStart);
        List<String> parts = new ArrayList<>(List.of(before.split("[,;:«»\"]")));
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i).strip();
            if (part.isEmpty()) {
                continue;
            }
            for (Matcher connector = LEADING_CONNECTOR.matcher(part); connector.find();
                    connector = LEADING_CONNECTOR.matcher(part)) {
                part = part.substring(connector.end()).strip();
            }
            if (INCIDENTAL.matcher(part).find()) {
                continue;
            }
            if (PRONOUNS.contains(part.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (!NOUN_PHRASE.matcher(part).find()) {
                return null;
            }
            String[] words = part.split("\\s+");
            if (words.length > 10) {
                return null; // a clause, not a name
            }
            return part;
        }
        return null;
    }
}
