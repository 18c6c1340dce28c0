package org.atelier.corpus.command;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What {@code list} prints, written page by page as the pages come, so that listing a million documents holds
 * one page in memory: a table, or JSON (an array of all documents; with {@code --limit} an object of the page,
 * the total and the cursor of the next page).
 */
final class DocumentListing {
    private final PrintStream out;
    private final boolean paged;
    private final String format;
    private final JsonGenerator json;
    private final int idWidth;
    private long shown;

    DocumentListing(PrintStream out, boolean json, boolean paged, int idWidth) throws IOException {
        this.out = out;
        this.paged = paged;
        this.idWidth = idWidth;
        this.format = "%-" + idWidth + "s  %-10s  %-20s  %-4s  %s%n";
        // Never closed: closing would close the console.
        this.json = json ? CorpusCommands.Json.MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter() : null;
    }

    void begin(long total) throws IOException {
        if (json != null) {
            if (paged) {
                json.writeStartObject();
                json.writeNumberField("total", total);
                json.writeArrayFieldStart("documents");
            } else {
                json.writeStartArray();
            }
        } else if (total > 0) {
            out.printf(format, "ID", "DATE", "OUTLET", "LANG", "TITLE");
        }
    }

    void add(List<DocumentInfo> documents) throws IOException {
        for (DocumentInfo document : documents) {
            if (json != null) {
                json.writeTree(CorpusCommands.describe(CorpusCommands.Json.MAPPER.createObjectNode(), document));
            } else {
                out.printf(format, document.id().substring(0, idWidth), CorpusCommands.orDash(document.date()),
                        CorpusCommands.cut(CorpusCommands.orDash(document.outlet()), 20), document.language(),
                        CorpusCommands.cut(document.title(), 80));
            }
            shown++;
        }
        if (json != null) {
            json.flush();
        }
        out.flush();
    }

    void end(DocumentPage last, DocumentQuery query) throws IOException {
        if (json != null) {
            json.writeEndArray();
            if (paged) {
                json.writeStringField("next", last.next());
                json.writeEndObject();
            }
            json.flush();
            out.println();
        } else if (last.total() == 0) {
            out.println(query.outlet() == null && query.language() == null
                    ? "No documents; add some with: atelier import PATH..."
                    : "No documents match");
        } else if (paged) {
            out.println(shown + " of " + last.total() + (last.total() == 1 ? " document" : " documents")
                    + (last.next() == null ? "" : "; the next page: --after " + last.next()));
        } else {
            out.println(shown + (shown == 1 ? " document" : " documents"));
        }
        out.flush();
    }
}
