package org.atelier.search.lucene;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of French text, the same when a document is indexed and when a query is read.
 *
 * <p>Words are split by Unicode's rules (UAX #29), which keep {@code H20}, {@code A100} and {@code 910B} whole,
 * keep {@code l'IA} together for the elision filter, and split {@code États-Unis} into two words at consecutive
 * positions, so the name matches as its words and as a phrase. The {@link #text() text} analysis then drops the
 * elided article ({@code l'}, {@code d'}, {@code qu'}...), lower-cases, folds accents to ASCII, drops stop words
 * (keeping their positions, so phrases across them still match) and strips plural and feminine endings with
 * Lucene's light French stemmer. Folding comes before stemming so that a word typed without its accents reaches
 * the stemmer exactly as the accented word of the text does.
 */
public final class FrenchAnalysis {
    /** Lucene's French stop words, each also without its accents, as users type them. */
    public static final CharArraySet STOP_WORDS = foldedStopWords();

    private FrenchAnalysis() {}

    /** Titles and text: elision, lower case, accent folding, stop words, light stemming. */
    public static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(new ApostropheFilter(words), FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                stream = new StopFilter(stream, STOP_WORDS);
                return new TokenStreamComponents(words, new FrenchLightStemFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return folded(in);
            }
        };
    }

    /** The exact form: elision and lower case only; accents, endings and stop words stay. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(new ApostropheFilter(words), FrenchAnalyzer.DEFAULT_ARTICLES);
                return new TokenStreamComponents(words, new LowerCaseFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(new ElisionFilter(new ApostropheFilter(in), FrenchAnalyzer.DEFAULT_ARTICLES));
            }
        };
    }

    /** Names (of publications): words, lower case, accent folding; nothing dropped or stemmed. */
    public static Analyzer name() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, folded(words));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return folded(in);
            }
        };
    }

    /** Codes (language, id): the whole value as one lower-case term. */
    public static Analyzer code() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer value = new KeywordTokenizer();
                return new TokenStreamComponents(value, new LowerCaseFilter(value));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** Each field of the {@link IndexSchema} with its analysis; text analysis for any other. */
    public static Analyzer perField() {
        Analyzer code = code();
        return new PerFieldAnalyzerWrapper(text(), Map.of(
                IndexSchema.EXACT, exact(),
                IndexSchema.SOURCE, name(),
                IndexSchema.LANGUAGE, code,
                IndexSchema.TYPE, code,
                IndexSchema.ID, code));
    }

    private static TokenStream folded(TokenStream in) {
        TokenStream stream = new ElisionFilter(new ApostropheFilter(in), FrenchAnalyzer.DEFAULT_ARTICLES);
        return new ASCIIFoldingFilter(new LowerCaseFilter(stream));
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet words = FrenchAnalyzer.getDefaultStopSet();
        CharArraySet result = new CharArraySet(words.size() * 2, false);
        char[] folded = new char[64];
        for (Object word : words) {
            char[] chars = (char[]) word;
            result.add(chars);
            if (folded.length < chars.length * 4) {
                folded = new char[chars.length * 4];
            }
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
            result.add(new String(folded, 0, length));
        }
        return CharArraySet.unmodifiableSet(result);
    }
}
