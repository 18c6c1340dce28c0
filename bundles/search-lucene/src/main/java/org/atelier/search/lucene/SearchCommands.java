package org.atelier.search.lucene;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.atelier.api.command.AtelierCommands;
import org.atelier.api.command.CommandException;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.search.QuerySyntaxException;
import org.atelier.api.search.SearchRequest;
import org.atelier.api.search.SearchResult;
import org.atelier.api.search.SearchService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@code search} and {@code reindex} commands. */
@Component(service = SearchCommands.class, property = {
        AtelierCommands.SCOPE_PROPERTY + "=" + AtelierCommands.SCOPE,
        AtelierCommands.FUNCTION_PROPERTY + "=search",
        AtelierCommands.FUNCTION_PROPERTY + "=reindex"})
public class SearchCommands {
    /** Hits per request while writing every hit as CSV. */
    static final int CSV_PAGE = 1_000;

    private final SearchService search;
    private final DocumentStore store;

    @Activate
    public SearchCommands(@Reference SearchService search, @Reference DocumentStore store) {
        this.search = search;
        this.store = store;
    }

    @Descriptor("Search the documents: words, \"phrases\", \"a b\"~5, AND OR NOT + -, (groups), prefix*, fuzzy~1, "
            + "title: source: lang: exact: date:[2024-01-01 TO 2025-12-31] (docs/search.md)")
    public void search(
            @Descriptor("print JSON") @Parameter(names = "--json", presentValue = "true", absentValue = "false")
            boolean json,
            @Descriptor("print every hit (not one page) as CSV for a spreadsheet")
            @Parameter(names = "--csv", presentValue = "true", absentValue = "false") boolean csv,
            @Descriptor("hits per page (default 10)") @Parameter(names = "--limit", absentValue = "10") int limit,
            @Descriptor("hits to skip before the page (default 0)") @Parameter(names = "--offset", absentValue = "0")
            int offset,
            @Descriptor("count the hits per source and language")
            @Parameter(names = "--facets", presentValue = "true", absentValue = "false") boolean facets,
            @Descriptor("the query") String... query) throws IOException {
        if (query.length == 0) {
            throw CommandException.usage("search: no query given (atelier search --help)");
        }
        if (json && csv) {
            throw CommandException.usage("search: --json and --csv exclude each other");
        }
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw CommandException.usage("search: --limit must be from 1 to " + SearchRequest.MAX_LIMIT);
        }
        if (offset < 0) {
            throw CommandException.usage("search: --offset must not be negative");
        }
        String text = String.join(" ", query);
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        try {
            if (csv) {
                writeCsv(text, offset, out);
            } else {
                SearchRequest request = new SearchRequest(text, limit, offset, null, Map.of(), facets);
                SearchResult result = search.search(request);
                if (json) {
                    ResultFormats.json(result, out);
                } else {
                    ResultFormats.text(result, offset, out);
                }
            }
        } catch (QuerySyntaxException e) {
            throw CommandException.usage("search: column " + (e.position() + 1) + " of the query: " + e.reason());
        } finally {
            out.flush();
        }
    }

    /**
     * Every hit from {@code offset} on, a page of {@link #CSV_PAGE} at a time, one row each; the metadata of each
     * hit looked up as it is written, never the whole store at once. While the index is being built, a line on the
     * error stream says the rows are partial, the CSV staying as a spreadsheet reads it.
     */
    private void writeCsv(String query, int offset, Writer out) throws IOException, QuerySyntaxException {
        ResultFormats.Csv csv = new ResultFormats.Csv(out, store::info);
        csv.header();
        SearchRequest request = new SearchRequest(query, CSV_PAGE, offset, null, Map.of(), false);
        int rank = offset;
        while (true) {
            SearchResult page = search.search(request);
            rank = csv.rows(page, rank);
            if (page.next() == null) {
                if (page.indexing() != null) {
                    out.flush();
                    System.err.println("atelier: search: " + ResultFormats.partial(page.indexing()));
                }
                return;
            }
            request = request.withAfter(page.next());
        }
    }

    @Descriptor("Rebuild the search index from the stored documents")
    public void reindex(CommandSession session) throws IOException {
        boolean terminal = Boolean.TRUE.equals(session.get(AtelierCommands.TERMINAL_VARIABLE));
        long start = System.nanoTime();
        int count = search.reindex(terminal ? new TerminalProgress(System.err) : ProgressMonitor.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Indexed %d document%s in %.1f s%n", count, count == 1 ? "" : "s", seconds);
    }

    /** A progress line on a terminal, redrawn in place at most ten times a second. */
    static final class TerminalProgress implements ProgressMonitor {
        private final PrintStream err;
        private int total;
        private int done;
        private long shown;

        TerminalProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void begin(String task, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int units, String item) {
            done += units;
            long now = System.nanoTime();
            if (now - shown > 100_000_000L) {
                shown = now;
                err.printf("\rIndexing %d/%d", done, total);
                err.flush();
            }
        }

        @Override
        public void done() {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
