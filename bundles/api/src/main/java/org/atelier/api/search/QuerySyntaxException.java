package org.atelier.api.search;

/**
 * A query that cannot be read: an unbalanced quote or parenthesis, a leading wildcard, a field that does not
 * exist. The message is one line that says what and where.
 */
public class QuerySyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;
    private final String reason;

    /**
     * @param query    the query
     * @param position where the problem is, as an index into {@code query} (0 for the first character)
     * @param reason   what the problem is, in a few words
     */
    public QuerySyntaxException(String query, int position, String reason) {
        super(reason + " at column " + (position + 1) + " of the query");
        this.query = query;
        this.position = position;
        this.reason = reason;
    }

    public String query() {
        return query;
    }

    /** Where the problem is, as an index into {@link #query()}: the column minus one. */
    public int position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
