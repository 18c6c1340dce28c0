package org.atelier.search.lucene;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentMetadata;

/**
 * The fields of a document in the index. The text is indexed twice, analysed for French in {@link #TEXT} and in
 * its exact form in {@link #EXACT}, both with character offsets in the postings so that snippets are cut without
 * analysing the text again.
 */
public final class IndexSchema {
    /** The document id: exact term, sorted doc values (the tie-break of the ranking), stored. */
    public static final String ID = "id";
    /** The title, analysed for French and stored. */
    public static final String TITLE = "title";
    /** The text, analysed for French and stored: snippets are cut from it. */
    public static final String TEXT = "text";
    /** The text in its exact form (lower case, accents and endings kept). */
    public static final String EXACT = "exact";
    /** The publication, analysed as a name so that {@code source:monde} finds Le Monde. */
    public static final String SOURCE = "source";
    /** The publication as it is written: exact term for filters, doc values for facet counts, stored. */
    public static final String OUTLET = "outlet";
    /** The language code: exact term, doc values for facet counts. */
    public static final String LANGUAGE = "lang";
    /** The publication date as days since 1970-01-01, for ranges. */
    public static final String DATE = "date";
    /** The source path, stored only. */
    public static final String PATH = "path";
    /**
     * Where each page starts in the text, in UTF-16 units, comma-separated: stored only, for the page of a
     * snippet. Absent for documents without pages.
     */
    public static final String PAGES = "pages";
    /** The media type the content was detected as: exact term. */
    public static final String TYPE = DocumentMetadata.CONTENT_TYPE;
    /** The metadata that are words, each a field of its own analysed as the text ({@code author:dupont}). */
    public static final List<String> WORD_METADATA = List.of(DocumentMetadata.AUTHOR, DocumentMetadata.FROM,
            DocumentMetadata.TO, DocumentMetadata.CC, DocumentMetadata.SUBJECT, DocumentMetadata.KEYWORDS);

    /** Indexed words with positions and offsets, stored. */
    static final FieldType TEXT_TYPE = textType(true);
    /** Indexed words with positions and offsets, not stored. */
    static final FieldType EXACT_TYPE = textType(false);

    private IndexSchema() {}

    /** The Lucene document of a stored document without pages. */
    public static Document document(DocumentInfo info, String text) {
        return document(new org.atelier.api.corpus.Document(info, text));
    }

    /** The Lucene document of a stored document. */
    public static Document document(org.atelier.api.corpus.Document stored) {
        DocumentInfo info = stored.info();
        String text = stored.text();
        Document doc = new Document();
        doc.add(new KeywordField(ID, info.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, nullToEmpty(info.title()), Field.Store.YES));
        doc.add(new Field(TEXT, text, TEXT_TYPE));
        doc.add(new Field(EXACT, text, EXACT_TYPE));
        doc.add(new StoredField(PATH, nullToEmpty(info.path())));
        if (info.outlet() != null && !info.outlet().isBlank()) {
            doc.add(new TextField(SOURCE, info.outlet(), Field.Store.NO));
            doc.add(new KeywordField(OUTLET, info.outlet().strip(), Field.Store.NO));
        }
        if (info.language() != null && !info.language().isBlank()) {
            doc.add(new KeywordField(LANGUAGE, info.language().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        Integer day = epochDay(info.date());
        if (day != null) {
            doc.add(new IntPoint(DATE, day));
        }
        for (String key : WORD_METADATA) {
            for (String value : info.metadata().getOrDefault(key, List.of())) {
                doc.add(new TextField(key, value, Field.Store.NO));
            }
        }
        for (String type : info.metadata().getOrDefault(TYPE, List.of())) {
            doc.add(new KeywordField(TYPE, type.strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (!stored.pages().isEmpty()) {
            doc.add(new StoredField(PAGES, pageStarts(text, stored.pages())));
        }
        return doc;
    }

    /** The pages' starts, given in code points, as UTF-16 offsets of {@code text}, as snippets count. */
    private static String pageStarts(String text, List<Integer> codePointStarts) {
        StringBuilder starts = new StringBuilder();
        int codePoints = text.codePointCount(0, text.length());
        for (int start : codePointStarts) {
            if (!starts.isEmpty()) {
                starts.append(',');
            }
            starts.append(text.offsetByCodePoints(0, Math.max(0, Math.min(start, codePoints))));
        }
        return starts.toString();
    }

    /** The page, from 1, of a UTF-16 offset, given the stored {@link #PAGES} field; {@code 0} without pages. */
    static int page(String pageStarts, int offset) {
        if (pageStarts == null || pageStarts.isEmpty()) {
            return 0;
        }
        int page = 0;
        for (String start : pageStarts.split(",")) {
            if (Integer.parseInt(start) > offset) {
                break;
            }
            page++;
        }
        return Math.max(1, page);
    }

    /** The term that names a document, to replace or delete it. */
    public static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /** Days since 1970-01-01 of an ISO-8601 date or date-time ({@code 2025-01-02}, {@code 2025-01-02T10:00Z}), or {@code null}. */
    static Integer epochDay(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return Math.toIntExact(LocalDate.parse(date.substring(0, 10)).toEpochDay());
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
