package org.atelier.claims.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.atelier.api.claims.Figure;
import org.atelier.api.claims.SuggestedClaim;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.claims.ShippedArticles;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The built-in suggester measured against claims labelled by hand in the five shipped articles
 * ({@code labels/*.json}): recall (labelled claims it proposes) and precision (proposals that are labelled
 * claims). A proposal matches a label when their spans share at least half of the shorter one; each label and
 * each proposal matches at most once. The floors are the figures measured when the labels were written, less a
 * small margin; docs/claims.md reports them.
 */
class LabelledCorpusTest {
    /** Measured: 21 of 35 labels found, 21 of 22 proposals right. */
    static final double RECALL_FLOOR = 0.57;
    static final double PRECISION_FLOOR = 0.90;
    static final ObjectMapper JSON = new ObjectMapper();

    record Score(int labels, int proposals, int matched, int claimantsLabelled, int claimantsRight,
            int hedgedRight, int figuresLabelled, int figuresRight) {

        double recall() {
            return (double) matched / labels;
        }

        double precision() {
            return (double) matched / proposals;
        }
    }

    static Score measure() throws IOException {
        FrenchClaimSuggester suggester = new FrenchClaimSuggester();
        int labels = 0;
        int proposals = 0;
        int matched = 0;
        int claimantsLabelled = 0;
        int claimantsRight = 0;
        int hedgedRight = 0;
        int figuresLabelled = 0;
        int figuresRight = 0;
        for (Path article : ShippedArticles.files()) {
            String name = article.getFileName().toString();
            String text = ShippedArticles.stored(article);
            JsonNode labelled;
            try (InputStream in = LabelledCorpusTest.class.getResourceAsStream(
                    "/labels/" + name.replace(".txt", ".json"))) {
                assertThat(in).as("labels of " + name).isNotNull();
                labelled = JSON.readTree(in);
            }
            List<TextPositionSelector> spans = new ArrayList<>();
            for (JsonNode label : labelled.get("claims")) {
                String quote = label.get("quote").asText();
                int at = text.indexOf(quote);
                assertThat(at).as("label quote in " + name + ": " + quote).isNotNegative();
                spans.add(TextPositionSelector.ofUtf16(text, at, at + quote.length()));
            }
            DocumentInfo info = new DocumentInfo("0".repeat(16), name, name, "fr", text.length(), null, null,
                    Instant.EPOCH, null, null);
            List<SuggestedClaim> proposed = suggester.suggest(new Document(info, text));
            labels += spans.size();
            proposals += proposed.size();
            boolean[] used = new boolean[proposed.size()];
            for (int l = 0; l < spans.size(); l++) {
                for (int p = 0; p < proposed.size(); p++) {
                    if (!used[p] && matches(spans.get(l), proposed.get(p).position())) {
                        used[p] = true;
                        matched++;
                        JsonNode label = labelled.get("claims").get(l);
                        SuggestedClaim s = proposed.get(p);
                        if (!label.get("claimant").isNull()) {
                            claimantsLabelled++;
                            if (label.get("claimant").asText().equals(s.claimant())) {
                                claimantsRight++;
                            }
                        }
                        if (label.get("hedged").asBoolean() == s.hedged()) {
                            hedgedRight++;
                        }
                        List<String> normalized = s.figures().stream().map(Figure::normalized).toList();
                        for (JsonNode figure : label.get("figures")) {
                            figuresLabelled++;
                            if (normalized.contains(figure.asText())) {
                                figuresRight++;
                            }
                        }
                        break;
                    }
                }
            }
        }
        return new Score(labels, proposals, matched, claimantsLabelled, claimantsRight, hedgedRight,
                figuresLabelled, figuresRight);
    }

    static boolean matches(TextPositionSelector label, TextPositionSelector proposal) {
        int overlap = Math.min(label.end(), proposal.end()) - Math.max(label.start(), proposal.start());
        return overlap * 2 >= Math.min(label.length(), proposal.length());
    }

    @Test
    void recallAndPrecisionOnTheShippedArticlesDoNotFall() throws IOException {
        Score score = measure();
        System.out.printf("claims suggester on the shipped articles: %d labels, %d proposals, %d matched; "
                        + "recall %.2f, precision %.2f; claimants %d/%d, hedging %d/%d, figures %d/%d%n",
                score.labels(), score.proposals(), score.matched(), score.recall(), score.precision(),
                score.claimantsRight(), score.claimantsLabelled(), score.hedgedRight(), score.matched(),
                score.figuresRight(), score.figuresLabelled());
        assertThat(score.labels()).isEqualTo(35);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    @Test
    void matchedClaimsCarryTheirClaimantsAndFigures() throws IOException {
        Score score = measure();
        assertThat(score.claimantsRight()).as("claimants").isGreaterThanOrEqualTo(score.claimantsLabelled() - 1);
        assertThat(score.figuresRight()).as("figures").isEqualTo(score.figuresLabelled());
    }
}
