package org.atelier.claims.french;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.api.claims.Figure;
import org.atelier.claims.text.FoldedText;
import org.atelier.claims.text.Sentences;
import org.atelier.claims.text.Sentences.Sentence;

/**
 * Proposes the sentences of a French article that make claims, from cues a reader of the press knows: figures
 * and amounts, attribution to a source, the conditional of reported facts and other hedges, events in the past
 * tense, named actors. Each cue adds to a score, opinion and brevity take from it; a sentence is proposed when
 * its score reaches {@link #THRESHOLD}, with the score as its confidence and its cues as reasons. Questions,
 * headings and boilerplate (credits, "Lire ensuite") are never proposed.
 */
public final class FrenchClaimRules {
    /** The least score of a proposed sentence. */
    public static final double THRESHOLD = 0.4;

    static final double FIGURE = 0.45;
    static final double YEAR = 0.15;
    static final double ATTRIBUTION = 0.45;
    static final double ATTRIBUTION_TO_PRONOUN = 0.3;
    static final double REPORTED_CONDITIONAL = 0.35;
    static final double ANNOUNCED = 0.3;
    static final double UNNAMED_SOURCES = 0.3;
    static final double APPEARANCE = 0.3;
    static final double EVENT = 0.2;
    static final double ACTOR = 0.1;
    static final double ACTORS = 0.2;
    static final double OPINION = -0.25;
    static final double SHORT = -0.3;
    static final double HYPOTHESIS = -0.15;

    /** A proposed sentence; spans are UTF-16 indexes into the document text. */
    public record Proposal(int start, int end, String text, String claimant, String subject, List<Figure> figures,
            boolean hedged, double confidence, List<String> reasons) {}

    /** What the rules make of one sentence, proposed or not: for explaining and testing them. */
    public record Reading(Sentence sentence, String excludedBecause, double score, String claimant,
            String subject, List<Figure> figures, boolean hedged, List<String> reasons) {

        public boolean proposed() {
            return excludedBecause == null && score >= THRESHOLD;
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:images?|photos?|illustrations?|credits?(?:\\s+photo)?|copyright)(?![\\p{L}])"
                    + "|^sources?\\s*:|^(?:a\\s+)?lire\\s+(?:aussi|ensuite|egalement|la\\s+suite|plus)"
                    + "|^voir\\s+aussi|^suivez-nous|^partager|cet\\s+article\\s+(?:reflete|exprime|a\\s+ete\\s+"
                    + "(?:redige|traduit|genere))|n'engage\\s+que|la\\s+note\\s+attribuee|abonnez-vous"
                    + "|inscrivez-vous|newsletter|tous\\s+droits\\s+reserves|©|^publie\\s+le|^mis\\s+a\\s+jour"
                    + "|via\\s+(?:shutterstock|getty|afp|unsplash|pexels|istock)",
            FLAGS);
    private static final Pattern OPINION_MARKERS = Pattern.compile(
            "(?<![\\p{L}])(?:il\\s+est\\s+(?:crucial|important|essentiel|primordial|n[ée]cessaire)"
                    + "|met(?:tent)?\\s+en\\s+(?:lumi[èe]re|[ée]vidence|avant)|illustre(?:nt)?|r[ée]v[èe]le\\s+combien"
                    + "|reste\\s+[àa]\\s+voir|[àa]\\s+notre\\s+avis|nous\\s+pensons|soul[èe]ve(?:nt)?\\s+des"
                    + "|s['’]inscrit\\s+dans|montre(?:nt)?\\s+(?:que|combien))(?![\\p{L}])",
            FLAGS);
    private static final Pattern EVENT_VERB = Pattern.compile(
            "(?<![\\p{L}])(?:a|ont|avait|avaient)\\s+(?:(?:\\p{L}+ment|d[ée]j[àa]|bel\\s+et\\s+bien)\\s+)?"
                    + "(?:[ée]t[ée]\\s+)?(?<participle>\\p{L}+(?:é|ée|és|ées|i|is|ie|u|ue|us|it|ert|int))(?![\\p{L}])",
            FLAGS);
    private static final Pattern HYPOTHESIS_START = Pattern.compile("^(?:si|s['’]il|s['’]ils)\\s", FLAGS);
    private static final Set<String> NOT_PARTICIPLES = Set.copyOf(List.of("ete", "été", "fait", "dit", "su", "pu", "du",
            "eu", "lui", "qui", "ceci", "aussi", "ici", "parmi", "depuis", "mais", "fois"));

    private FrenchClaimRules() {}

    /** The sentences of {@code text} proposed as claims, in order. */
    public static List<Proposal> suggest(String text) {
        List<Proposal> proposals = new ArrayList<>();
        for (Reading reading : read(text)) {
            if (reading.proposed()) {
                Sentence s = reading.sentence();
                proposals.add(new Proposal(s.start(), s.end(), s.text(), reading.claimant(), reading.subject(),
                        reading.figures(), reading.hedged(), Math.min(0.99, round(reading.score())),
                        reading.reasons()));
            }
        }
        return proposals;
    }

    /** What the rules make of every sentence of {@code text}. */
    public static List<Reading> read(String text) {
        List<Sentence> sentences = Sentences.split(text);
        Set<String> names = Actors.knownNames(text);
        List<Reading> readings = new ArrayList<>();
        String lastUnit = null;
        int paragraph = -1;
        for (Sentence sentence : sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                lastUnit = null;
            }
            List<FigureParser.Found> found = FigureParser.parse(sentence.text(), lastUnit);
            for (FigureParser.Found f : found) {
                if (f.figure().kind() == Figure.Kind.QUANTITY && f.figure().unit() != null) {
                    lastUnit = f.figure().unit();
                }
            }
            readings.add(read(sentence, found.stream().map(FigureParser.Found::figure).toList(), names));
        }
        return readings;
    }

    /**
     * What the rules make of a quote recorded by hand: its figures, and the claimant, subject and hedging of the
     * sentences it is part of ({@code selon Reuters, X aurait...} attributes a quote of just {@code X aurait...}).
     *
     * @param text  the document's text
     * @param start where the quote starts (UTF-16)
     * @param end   where it ends (UTF-16)
     */
    public static Reading analyse(String text, int start, int end) {
        String quote = text.substring(start, end);
        int from = start;
        int to = end;
        for (Sentence s : Sentences.split(text)) {
            if (s.start() < end && start < s.end()) {
                from = Math.min(from, s.start());
                to = Math.max(to, s.end());
            }
        }
        String context = text.substring(from, to);
        Sentence whole = new Sentence(0, context.length(), context, 0, 0, 1, false);
        List<Figure> figures = FigureParser.parse(quote).stream().map(FigureParser.Found::figure).toList();
        return read(whole, figures, Actors.knownNames(text));
    }

    private static Reading read(Sentence sentence, List<Figure> figures, Set<String> names) {
        String text = sentence.text();
        String folded = FoldedText.fold(text, FoldedText.Mode.LOOSE);
        String excluded = null;
        if (sentence.question()) {
            excluded = "question";
        } else if (BOILERPLATE.matcher(folded).find()) {
            excluded = "boilerplate";
        } else if (heading(sentence)) {
            excluded = "heading";
        }
        List<String> reasons = new ArrayList<>();
        double score = 0;
        boolean hedged = false;

        List<Figure> strong = figures.stream()
                .filter(f -> f.kind() != Figure.Kind.YEAR && f.kind() != Figure.Kind.DATE).toList();
        if (!strong.isEmpty()) {
            score += FIGURE;
        } else if (!figures.isEmpty()) {
            score += YEAR;
        }
        for (Figure f : figures) {
            reasons.add(f.kind().label() + ": " + f.raw()
                    + (f.kind() == Figure.Kind.YEAR ? "" : " = " + f.normalized()));
        }

        String claimant = null;
        Optional<Attribution.Found> attribution = Attribution.find(text);
        boolean anonymous = false;
        if (attribution.isPresent()) {
            Attribution.Found a = attribution.get();
            claimant = a.claimant();
            anonymous = a.anonymous();
            score += claimant != null ? ATTRIBUTION : ATTRIBUTION_TO_PRONOUN;
            reasons.add("attribution: \"" + a.cue() + "\"" + (claimant != null ? " (claimant: " + claimant + ")" : ""));
            if (anonymous) {
                hedged = true;
            }
        }

        boolean conditional = false;
        boolean announced = false;
        boolean unnamed = false;
        boolean appearance = false;
        for (Hedging.Found hedge : Hedging.find(text)) {
            hedged = true;
            switch (hedge.kind()) {
                case REPORTED_CONDITIONAL -> {
                    if (!conditional) {
                        score += REPORTED_CONDITIONAL;
                        conditional = true;
                    }
                    reasons.add("conditional: \"" + hedge.words() + "\"");
                }
                case MODAL -> reasons.add("speculation: \"" + hedge.words() + "\"");
                case ANNOUNCED -> {
                    if (!announced) {
                        score += ANNOUNCED;
                        announced = true;
                    }
                    reasons.add("announced: \"" + hedge.words() + "\"");
                }
                case UNNAMED_SOURCES -> {
                    if (!unnamed && !anonymous) {
                        score += UNNAMED_SOURCES;
                    }
                    unnamed = true;
                    reasons.add("unnamed sources: \"" + hedge.words() + "\"");
                }
                case APPEARANCE -> {
                    if (!appearance) {
                        score += APPEARANCE;
                        appearance = true;
                    }
                    reasons.add("appearance: \"" + hedge.words() + "\"");
                }
            }
        }

        Matcher event = EVENT_VERB.matcher(text);
        while (event.find()) {
            String participle = FoldedText.fold(event.group("participle"), FoldedText.Mode.LOOSE);
            if (!NOT_PARTICIPLES.contains(participle) && participle.length() > 3) {
                score += EVENT;
                reasons.add("event: \"" + event.group().strip() + "\"");
                break;
            }
        }

        List<String> actors = Actors.find(text, names);
        if (!actors.isEmpty()) {
            score += actors.size() == 1 ? ACTOR : ACTORS;
            reasons.add("names: " + String.join(", ", actors));
        }
        String who = claimant;
        String subject = actors.stream()
                .filter(actor -> who == null || !who.contains(actor))
                .findFirst().orElse(null);

        if (OPINION_MARKERS.matcher(text).find()) {
            score += OPINION;
            reasons.add("opinion wording");
        }
        if (sentence.words() < 6) {
            score += SHORT;
        }
        if (HYPOTHESIS_START.matcher(text).find()) {
            score += HYPOTHESIS;
        }
        return new Reading(sentence, excluded, score, claimant, subject, figures, hedged, List.copyOf(reasons));
    }

    /**
     * A heading: a paragraph of one short sentence without final punctuation, or a label ending with a colon
     * ({@code Questions clés:}).
     */
    private static boolean heading(Sentence sentence) {
        String t = sentence.text().strip();
        if (t.endsWith(":")) {
            return true;
        }
        return sentence.wholeParagraph() && !sentence.terminated() && sentence.words() <= 25;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
