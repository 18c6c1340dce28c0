package org.atelier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {
    private final Analyzer text = FrenchAnalysis.text();
    private final Analyzer exact = FrenchAnalysis.exact();

    @Test
    void accentedAndUnaccentedWordsAreOneTerm() throws IOException {
        assertThat(terms(text, "électronique")).isEqualTo(terms(text, "electronique"));
        assertThat(terms(text, "américaines")).isEqualTo(terms(text, "americaines"));
        assertThat(terms(text, "Pékin")).isEqualTo(terms(text, "pekin"));
        assertThat(terms(text, "cœur")).isEqualTo(terms(text, "coeur"));
    }

    @Test
    void singularAndPluralAreOneTerm() throws IOException {
        assertThat(terms(text, "puces")).isEqualTo(terms(text, "puce"));
        assertThat(terms(text, "restrictions")).isEqualTo(terms(text, "restriction"));
        assertThat(terms(text, "nationaux")).isEqualTo(terms(text, "national"));
        assertThat(terms(text, "géants")).isEqualTo(terms(text, "géant"));
    }

    @Test
    void elisionDropsTheArticleWithEitherApostrophe() throws IOException {
        assertThat(terms(text, "l'IA")).isEqualTo(terms(text, "IA")).hasSize(1);
        assertThat(terms(text, "l’IA")).isEqualTo(terms(text, "IA"));
        assertThat(terms(text, "d’exportation")).isEqualTo(terms(text, "exportation"));
        assertThat(terms(text, "qu’un")).isEqualTo(terms(text, "un"));
        assertThat(terms(exact, "L’IA")).containsExactly("ia");
    }

    @Test
    void productNamesStaySearchable() throws IOException {
        assertThat(terms(text, "la H20")).containsExactly("h20");
        assertThat(terms(text, "une A100")).containsExactly("a100");
        assertThat(terms(text, "Ascend 910B")).containsExactly("ascend", "910b");
    }

    @Test
    void hyphenatedNamesAreWordsAtConsecutivePositions() throws IOException {
        assertThat(terms(text, "États-Unis")).containsExactly("etat", "uni");
        assertThat(terms(text, "Sud-Est")).containsExactly("sud", "est");
        assertThat(positionIncrements(text, "États-Unis")).containsExactly(1, 1);
    }

    @Test
    void stopWordsGoButLeaveTheirPositions() throws IOException {
        assertThat(terms(text, "le chat et la souris")).containsExactly("chat", "souri");
        assertThat(positionIncrements(text, "le chat et la souris")).containsExactly(2, 3);
        // Typed without its accent, a stop word is still one.
        assertThat(terms(text, "ou où")).isEmpty();
    }

    @Test
    void exactFormKeepsAccentsEndingsAndStopWords() throws IOException {
        assertThat(terms(exact, "Les puces électroniques")).containsExactly("les", "puces", "électroniques");
        assertThat(terms(exact, "aujourd’hui")).isEqualTo(terms(exact, "aujourd'hui"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String sentence = "Les États-Unis et l’IA";
        List<int[]> offsets = offsets(text, sentence);
        assertThat(offsets).hasSize(3);
        assertThat(sentence.substring(offsets.get(0)[0], offsets.get(0)[1])).isEqualTo("États");
        assertThat(sentence.substring(offsets.get(1)[0], offsets.get(1)[1])).isEqualTo("Unis");
        assertThat(sentence.substring(offsets.get(2)[0], offsets.get(2)[1])).isEqualTo("l’IA");
    }

    @Test
    void queryNormalizationFoldsAndLowerCasesWithoutStemming() {
        assertThat(text.normalize(IndexSchema.TEXT, "Électroni").utf8ToString()).isEqualTo("electroni");
        assertThat(exact.normalize(IndexSchema.EXACT, "Électroni").utf8ToString()).isEqualTo("électroni");
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static List<Integer> positionIncrements(Analyzer analyzer, String text) throws IOException {
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        }
        return increments;
    }

    private static List<int[]> offsets(Analyzer analyzer, String text) throws IOException {
        List<int[]> offsets = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            stream.end();
        }
        return offsets;
    }
}
