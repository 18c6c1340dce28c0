package org.atelier.search.lucene;

import java.time.DateTimeException;
import java.time.LocalDate;
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

    /** Indexed words with positions and offsets, stored. */
    static final FieldType TEXT_TYPE = textType(true);
    /** Indexed words with positions and offsets, not stored. */
    static final FieldType EXACT_TYPE = textType(false);

    private IndexSchema() {}

    /** The Lucene document of a stored document. */
    public static Document document(DocumentInfo info, String text) {
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
        return doc;
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
