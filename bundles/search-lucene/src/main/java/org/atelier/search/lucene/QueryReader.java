package org.atelier.search.lucene;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.atelier.api.search.QuerySyntaxException;

/**
 * Reads a query of the search syntax into a Lucene query: Lucene's classic syntax over the French fields, with
 * the mistakes people make found first and reported with their position in plain words.
 *
 * <p>Words without a field search the title and the text. Prefixes and wildcards search the text both as its
 * stems and as written, accents or not ({@code puces*} finds puces, {@code electroni*} finds électroniques);
 * fuzzy words are stemmed first, as the text is.
 */
public final class QueryReader {
    /** The fields a query may name, and what each searches. */
    public static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("title", IndexSchema.TITLE),
            Map.entry("text", IndexSchema.TEXT),
            Map.entry("exact", IndexSchema.EXACT),
            Map.entry("source", IndexSchema.SOURCE),
            Map.entry("lang", IndexSchema.LANGUAGE),
            Map.entry("date", IndexSchema.DATE),
            Map.entry("id", IndexSchema.ID),
            Map.entry("author", IndexSchema.WORD_METADATA.get(0)),
            Map.entry("from", IndexSchema.WORD_METADATA.get(1)),
            Map.entry("to", IndexSchema.WORD_METADATA.get(2)),
            Map.entry("cc", IndexSchema.WORD_METADATA.get(3)),
            Map.entry("subject", IndexSchema.WORD_METADATA.get(4)),
            Map.entry("keywords", IndexSchema.WORD_METADATA.get(5)),
            Map.entry("type", IndexSchema.TYPE));
    private static final String FIELD_LIST =
            "title, text, exact, source, lang, date, id, author, from, to, cc, subject, keywords, type";
    private static final Set<Character> TERM_STARTS = Set.of('(', '+', '-', '!', ':');
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered (.*?) at line");

    private final Analyzer analyzer;
    private final QueryParser.Operator operator;
    private final float titleBoost;

    /**
     * @param analyzer   the analysis of each field, as the index was written ({@link FrenchAnalysis#perField()})
     * @param operator   between words without an operator
     * @param titleBoost how much more a word in the title counts than in the text
     */
    public QueryReader(Analyzer analyzer, QueryParser.Operator operator, float titleBoost) {
        this.analyzer = analyzer;
        this.operator = operator;
        this.titleBoost = titleBoost;
    }

    public Query read(String query) throws QuerySyntaxException {
        if (query.isBlank()) {
            throw new QuerySyntaxException(query, 0, "the query is empty");
        }
        check(query);
        Parser parser = new Parser(analyzer, operator, titleBoost);
        Query parsed;
        try {
            parsed = parser.parse(query);
        } catch (ParseException e) {
            throw translate(query, e);
        } catch (IllegalArgumentException e) {
            // Lucene's own limits, such as too many clauses from one wildcard.
            throw new QuerySyntaxException(query, 0, firstLine(e.getMessage()));
        }
        return onlyExclusions(parsed) ? withAllDocuments((BooleanQuery) parsed) : parsed;
    }

    /**
     * Finds what the classic parser would report badly or not at all: unbalanced quotes, parentheses and
     * ranges, words that start with a wildcard, and fields that do not exist.
     */
    static void check(String query) throws QuerySyntaxException {
        Deque<Integer> parentheses = new ArrayDeque<>();
        int quote = -1;
        int range = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (quote >= 0) {
                if (c == '"') {
                    quote = -1;
                }
                continue;
            }
            if (range >= 0) {
                if (c == ']' || c == '}') {
                    range = -1;
                }
                continue;
            }
            switch (c) {
                case '"' -> quote = i;
                case '[', '{' -> range = i;
                case '(' -> parentheses.push(i);
                case ')' -> {
                    if (parentheses.isEmpty()) {
                        throw new QuerySyntaxException(query, i, "this ')' closes no '('");
                    }
                    parentheses.pop();
                }
                case ']', '}' -> throw new QuerySyntaxException(query, i, "this '" + c + "' closes no range");
                default -> {
                    if (startsTerm(query, i)) {
                        checkTerm(query, i);
                    }
                }
            }
        }
        if (quote >= 0) {
            throw new QuerySyntaxException(query, quote, "the quote opened here is never closed");
        }
        if (range >= 0) {
            throw new QuerySyntaxException(query, range, "the range opened here is never closed");
        }
        if (!parentheses.isEmpty()) {
            throw new QuerySyntaxException(query, parentheses.peek(), "the '(' opened here is never closed");
        }
    }

    private static boolean startsTerm(String query, int i) {
        if (i == 0) {
            return true;
        }
        char previous = query.charAt(i - 1);
        return Character.isWhitespace(previous) || TERM_STARTS.contains(previous);
    }

    private static void checkTerm(String query, int start) throws QuerySyntaxException {
        char c = query.charAt(start);
        if (c == '*' || c == '?') {
            if (query.startsWith("*:*", start) || isLoneStar(query, start)) {
                return;
            }
            throw new QuerySyntaxException(query, start,
                    "a word cannot start with '" + c + "' (write at least one letter before it)");
        }
        int end = start;
        while (end < query.length() && isFieldChar(query.charAt(end))) {
            end++;
        }
        if (end > start && end < query.length() && query.charAt(end) == ':') {
            String field = query.substring(start, end);
            if (!FIELDS.containsKey(field.toLowerCase(Locale.ROOT))) {
                throw new QuerySyntaxException(query, start, "unknown field '" + field + "' (fields: " + FIELD_LIST
                        + "; write \\: for a colon in a word)");
            }
            if (end + 1 < query.length() && (query.charAt(end + 1) == '*' || query.charAt(end + 1) == '?')) {
                throw new QuerySyntaxException(query, end + 1,
                        "a word cannot start with '" + query.charAt(end + 1) + "' (write at least one letter before it)");
            }
        }
    }

    /** A {@code *} that is a word of its own: every document, as {@code *:*}. */
    private static boolean isLoneStar(String query, int start) {
        int end = start + 1;
        return query.charAt(start) == '*'
                && (end == query.length() || Character.isWhitespace(query.charAt(end)) || query.charAt(end) == ')');
    }

    private static boolean isFieldChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The classic parser's message, shortened to what went wrong and where. */
    static QuerySyntaxException translate(String query, ParseException e) {
        if (e.getCause() instanceof Problem problem) {
            int at = problem.near == null ? -1 : query.indexOf(problem.near);
            return new QuerySyntaxException(query, Math.max(0, at), problem.getMessage());
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher column = COLUMN.matcher(message);
        int position = column.find() ? Integer.parseInt(column.group(1)) : 0;
        if (message.contains("<EOF>")) {
            return new QuerySyntaxException(query, query.length(), "the query ends too early");
        }
        position = Math.min(position, query.length());
        Matcher encountered = ENCOUNTERED.matcher(message);
        if (encountered.find()) {
            // " <AND> "AND "" names the token kind, then the text: keep the text.
            String token = encountered.group(1).replaceAll("<[A-Z_]+>", "").replace("\"", "").strip();
            if (!token.isEmpty()) {
                return new QuerySyntaxException(query, position, "unexpected '" + token + "'");
            }
        }
        int colon = message.indexOf("': ");
        String reason = colon >= 0 ? message.substring(colon + 3) : message;
        return new QuerySyntaxException(query, position, firstLine(reason));
    }

    private static boolean onlyExclusions(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT);
    }

    /** {@code -nvidia} alone means every document without Nvidia, not nothing. */
    private static Query withAllDocuments(BooleanQuery exclusions) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
        exclusions.clauses().forEach(builder::add);
        return builder.build();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "invalid query";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** A problem found while building the query, with the text it is about. */
    private static final class Problem extends ParseException {
        private static final long serialVersionUID = 1L;
        private final String near;

        Problem(String reason, String near) {
            super(reason);
            this.near = near;
        }
    }

    /** The classic parser with the fields of Atelier. */
    private static final class Parser extends MultiFieldQueryParser {
        Parser(Analyzer analyzer, QueryParser.Operator operator, float titleBoost) {
            super(new String[] {IndexSchema.TITLE, IndexSchema.TEXT}, analyzer,
                    Map.of(IndexSchema.TITLE, titleBoost));
            setDefaultOperator(operator);
            setSplitOnWhitespace(true);
            // A word the analysis splits (États-Unis, Sud-Est) is a phrase, not two words anywhere.
            setAutoGeneratePhraseQueries(true);
            setAllowLeadingWildcard(false);
        }

        private String field(String name) throws ParseException {
            String field = FIELDS.get(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                throw new Problem("unknown field '" + name + "' (fields: " + FIELD_LIST + ")", name + ":");
            }
            return field;
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (field == null) {
                return super.getFieldQuery(null, text, quoted);
            }
            String name = field(field);
            if (name.equals(IndexSchema.DATE)) {
                return dateQuery(text);
            }
            return super.getFieldQuery(name, text, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            if (field == null) {
                return super.getFieldQuery(null, text, slop);
            }
            String name = field(field);
            if (name.equals(IndexSchema.DATE)) {
                return dateQuery(text);
            }
            return super.getFieldQuery(name, text, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            if (field == null || !field(field).equals(IndexSchema.DATE)) {
                throw new Problem("ranges [from TO to] work on date: only", field == null ? "[" : field + ":");
            }
            int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : firstDay(part1);
            int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : lastDay(part2);
            if (!startInclusive && from != Integer.MIN_VALUE) {
                from = lastDay(part1) + 1;
            }
            if (!endInclusive && to != Integer.MAX_VALUE) {
                to = firstDay(part2) - 1;
            }
            return IntPoint.newRangeQuery(IndexSchema.DATE, from, to);
        }

        @Override
        protected Query getPrefixQuery(String field, String text) throws ParseException {
            if (field == null) {
                return super.getPrefixQuery(null, text);
            }
            String name = field(field);
            requireWords(name, text + "*");
            Query prefix = super.getPrefixQuery(name, text);
            return name.equals(IndexSchema.TEXT) ? either(prefix, exactPattern(AccentPatterns.prefix(exactForm(text)))) : prefix;
        }

        @Override
        protected Query getWildcardQuery(String field, String text) throws ParseException {
            if (text.equals("*") && (field == null || field.equals("*"))) {
                // *:* and a lone *: every document.
                return MatchAllDocsQuery.INSTANCE;
            }
            if (field == null) {
                return super.getWildcardQuery(null, text);
            }
            String name = field(field);
            requireWords(name, text);
            Query wildcard = super.getWildcardQuery(name, text);
            return name.equals(IndexSchema.TEXT) ? either(wildcard, exactPattern(AccentPatterns.wildcard(exactForm(text)))) : wildcard;
        }

        @Override
        protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
            if (field == null) {
                return super.getFuzzyQuery(null, text, similarity);
            }
            String name = field(field);
            requireWords(name, text + "~");
            List<String> terms = analyze(name, text);
            if (terms.size() != 1) {
                return super.getFuzzyQuery(name, text, similarity);
            }
            String term = terms.get(0);
            int edits = similarity >= 1f
                    ? Math.min((int) similarity, FuzzyQuery.defaultMaxEdits)
                    : FuzzyQuery.floatToEdits(similarity, term.codePointCount(0, term.length()));
            return new FuzzyQuery(new Term(name, term), edits, getFuzzyPrefixLength());
        }

        @Override
        protected Query getRegexpQuery(String field, String text) throws ParseException {
            if (field == null) {
                return super.getRegexpQuery(null, text);
            }
            String name = field(field);
            requireWords(name, "/" + text);
            return super.getRegexpQuery(name, text);
        }

        private void requireWords(String field, String near) throws ParseException {
            if (field.equals(IndexSchema.DATE)) {
                throw new Problem("date: takes a date (2025-01-02, 2025-01, 2025) or a range [from TO to]", near);
            }
        }

        /** The pattern as the exact field holds words: lower case, without an elided article. */
        private String exactForm(String text) {
            return getAnalyzer().normalize(IndexSchema.EXACT, text).utf8ToString();
        }

        private Query exactPattern(String regex) {
            return new RegexpQuery(new Term(IndexSchema.EXACT, regex));
        }

        private Query either(Query a, Query b) {
            return new BooleanQuery.Builder()
                    .add(a, BooleanClause.Occur.SHOULD)
                    .add(b, BooleanClause.Occur.SHOULD)
                    .build();
        }

        private List<String> analyze(String field, String text) throws ParseException {
            List<String> terms = new ArrayList<>();
            try (TokenStream stream = getAnalyzer().tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new Problem("cannot analyse '" + text + "'", text);
            }
            return terms;
        }

        private Query dateQuery(String text) throws ParseException {
            return IntPoint.newRangeQuery(IndexSchema.DATE, firstDay(text), lastDay(text));
        }

        /** The first day of {@code 2025}, {@code 2025-03} or {@code 2025-03-14}. */
        private int firstDay(String text) throws ParseException {
            return (int) period(text)[0].toEpochDay();
        }

        private int lastDay(String text) throws ParseException {
            return (int) period(text)[1].toEpochDay();
        }

        private LocalDate[] period(String text) throws ParseException {
            String value = text.strip();
            try {
                if (value.matches("\\d{4}")) {
                    LocalDate first = LocalDate.of(Integer.parseInt(value), 1, 1);
                    return new LocalDate[] {first, first.withDayOfYear(first.lengthOfYear())};
                }
                if (value.matches("\\d{4}-\\d{2}")) {
                    YearMonth month = YearMonth.parse(value);
                    return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                }
                LocalDate day = LocalDate.parse(value);
                return new LocalDate[] {day, day};
            } catch (DateTimeException | NumberFormatException e) {
                throw new Problem("'" + value + "' is not a date (2025-01-02, 2025-01 or 2025)", value);
            }
        }
    }
}
