package org.atelier.benchmark.search;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.atelier.search.lucene.FrenchAnalysis;

/**
 * Lucene used directly, as a developer would write it: the same French analysis and the same fields, one
 * {@code IndexWriter}, the classic query parser, exact totals, stored fields and the unified highlighter. What
 * Atelier adds around Lucene is measured against this.
 */
final class RawLucene implements Engine {
    private static final Set<String> HIT_FIELDS = Set.of("id", "title", "path");
    private final Analyzer analyzer = FrenchAnalysis.perField();
    private Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @Override
    public void index(BenchCorpus corpus, Path folder) throws IOException {
        FieldType text = offsets(true);
        FieldType exact = offsets(false);
        directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (BenchCorpus.Entry entry : corpus.entries()) {
                String body = corpus.text(entry);
                Document doc = new Document();
                doc.add(new KeywordField("id", entry.path(), Field.Store.YES));
                doc.add(new TextField("title", BenchCorpus.title(body), Field.Store.YES));
                doc.add(new Field("text", body, text));
                doc.add(new Field("exact", body, exact));
                doc.add(new StoredField("path", entry.path()));
                if (entry.outlet() != null) {
                    doc.add(new TextField("source", entry.outlet(), Field.Store.NO));
                    doc.add(new KeywordField("outlet", entry.outlet(), Field.Store.NO));
                }
                doc.add(new KeywordField("lang", "fr", Field.Store.NO));
                if (entry.date() != null) {
                    doc.add(new IntPoint("date", (int) java.time.LocalDate.parse(entry.date()).toEpochDay()));
                }
                writer.addDocument(doc);
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    private static FieldType offsets(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public long search(String text) throws Exception {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
                Map.of("title", 2f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        Query query = parser.parse(text);
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            stored.document(hit.doc, HIT_FIELDS);
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(10_000_000)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.FRENCH), 160, 0.33f))
                .withMaxNoHighlightPassages(1)
                .build();
        highlighter.highlight("text", query, top, 3);
        return top.totalHits.value();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
