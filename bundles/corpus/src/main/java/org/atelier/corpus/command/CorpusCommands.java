package org.atelier.corpus.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.atelier.api.command.AtelierCommands;
import org.atelier.api.command.CommandException;
import org.atelier.api.corpus.CorpusImporter;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.ImportDuplicate;
import org.atelier.api.corpus.ImportProblem;
import org.atelier.api.corpus.ImportSummary;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.corpus.importer.FileImporter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The corpus commands: {@code import}, {@code list}, {@code show}, {@code remove}. Their JSON output is
 * described in {@code docs/cli-json.md} and kept stable. {@code import} is a Java keyword: Gogo calls the
 * method {@code _import} for it.
 */
@Component(service = CorpusCommands.class, property = {
        AtelierCommands.SCOPE_PROPERTY + "=" + AtelierCommands.SCOPE,
        AtelierCommands.FUNCTION_PROPERTY + "=import",
        AtelierCommands.FUNCTION_PROPERTY + "=list",
        AtelierCommands.FUNCTION_PROPERTY + "=show",
        AtelierCommands.FUNCTION_PROPERTY + "=remove"})
public class CorpusCommands {
    /** Ids are shown this long in tables, longer where the corpus is large. */
    static final int SHORT_ID = 8;
    /** The most attachments {@code show} lists. */
    private static final int SHOWN_CHILDREN = 1000;
    /** The page size when the whole corpus is streamed. */
    private static final int STREAMED_PAGE = 1000;

    private final CorpusImporter importer;
    private final DocumentStore store;

    @Activate
    public CorpusCommands(@Reference CorpusImporter importer, @Reference DocumentStore store) {
        this.importer = importer;
        this.store = store;
    }

    @Descriptor("Import files, folders and zip archives of text, Markdown, HTML, JSON and JSON lines")
    public void _import(CommandSession session,
            @Descriptor("print JSON") @Parameter(names = "--json", presentValue = "true", absentValue = "false")
            boolean json,
            @Descriptor("files, folders or zip archives") String... paths) throws IOException {
        if (paths == null || paths.length == 0) {
            throw CommandException.usage("import: give one or more files, folders or zip archives");
        }
        Path directory = currentDirectory(session);
        List<Path> sources = Arrays.stream(paths).map(p -> directory.resolve(p).normalize()).toList();
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < paths.length; i++) {
            typed.putIfAbsent(sources.get(i).toString(), paths[i]);
        }
        ProgressMonitor progress = onTerminal(session) ? new ProgressLine(System.err) : ProgressMonitor.NONE;
        ImportSummary summary = importer.importPaths(sources, progress);

        PrintStream out = System.out;
        if (json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            addDocuments(root.putArray("imported"), summary.imported());
            addDocuments(root.putArray("unchanged"), summary.unchanged());
            addDuplicates(root.putArray("duplicates"), summary.duplicates(), typed);
            addProblems(root.putArray("skipped"), summary.skipped(), typed);
            addProblems(root.putArray("failed"), summary.failed(), typed);
            root.putObject("counts")
                    .put("imported", summary.imported().size())
                    .put("unchanged", summary.unchanged().size())
                    .put("duplicates", summary.duplicates().size())
                    .put("skipped", summary.skipped().size())
                    .put("failed", summary.failed().size());
            out.println(Json.MAPPER.writeValueAsString(root));
        } else {
            int width = summary.duplicates().isEmpty() ? SHORT_ID : idWidth(store.count());
            for (ImportDuplicate duplicate : summary.duplicates()) {
                out.println(shown(duplicate.source(), typed) + ": duplicate of "
                        + shortId(duplicate.document().id(), width));
            }
            for (ImportProblem problem : summary.skipped()) {
                if (!FileImporter.isQuiet(problem, sources)) {
                    out.println("skipped: " + shown(problem.source(), typed) + ": " + problem.reason());
                }
            }
            for (ImportProblem problem : summary.failed()) {
                out.println("failed: " + shown(problem.source(), typed) + ": " + problem.reason());
            }
            // Duplicates are counted only when there are some: the line stays as it was for imports without.
            out.printf("Imported %d, unchanged %d, %sskipped %d, failed %d%n", summary.imported().size(),
                    summary.unchanged().size(),
                    summary.duplicates().isEmpty() ? "" : "duplicates " + summary.duplicates().size() + ", ",
                    summary.skipped().size(), summary.failed().size());
        }
        out.flush();
        int failed = summary.failed().size();
        if (failed > 0) {
            throw new CommandException(CommandException.FAILURE,
                    failed + (failed == 1 ? " file" : " files") + " failed to import");
        }
    }

    @Descriptor("List the documents of the corpus: all of them, streamed, or one page with --limit")
    public void list(
            @Descriptor("print JSON") @Parameter(names = "--json", presentValue = "true", absentValue = "false")
            boolean json,
            @Descriptor("at most this many documents: one page, ending with the cursor of the next")
            @Parameter(names = "--limit", absentValue = "0") int limit,
            @Descriptor("the page after this cursor, as the page before printed it")
            @Parameter(names = "--after", absentValue = "") String after,
            @Descriptor("the order: imported (the default), date or title")
            @Parameter(names = "--sort", absentValue = "imported") String sort,
            @Descriptor("newest, last title or latest import first")
            @Parameter(names = "--desc", presentValue = "true", absentValue = "false") boolean descending,
            @Descriptor("only the documents of this outlet") @Parameter(names = "--outlet", absentValue = "")
            String outlet,
            @Descriptor("only the documents in this language (fr, en, ...)")
            @Parameter(names = "--language", absentValue = "") String language) throws IOException {
        DocumentQuery.Sort order = switch (sort.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "imported" -> DocumentQuery.Sort.IMPORTED;
            case "date" -> DocumentQuery.Sort.DATE;
            case "title" -> DocumentQuery.Sort.TITLE;
            default -> throw CommandException.usage("--sort takes imported, date or title, not '" + sort + "'");
        };
        if (limit < 0 || limit > DocumentQuery.MAX_LIMIT) {
            throw CommandException.usage("--limit takes 1 to " + DocumentQuery.MAX_LIMIT + ", not " + limit);
        }
        boolean paged = limit > 0;
        DocumentQuery query;
        try {
            query = new DocumentQuery(order, descending, after.isBlank() ? null : after.strip(),
                    paged ? limit : STREAMED_PAGE, outlet.isBlank() ? null : outlet.strip(),
                    language.isBlank() ? null : language.strip());
            DocumentPage page = store.page(query);
            int width = Math.max(idWidth(page.total()),
                    shortIdLength(page.documents().stream().map(DocumentInfo::id).toList()));
            DocumentListing listing = new DocumentListing(System.out, json, paged, width);
            listing.begin(page.total());
            while (true) {
                listing.add(page.documents());
                if (paged || page.next() == null) {
                    break;
                }
                page = store.page(query.after(page.next()));
            }
            listing.end(page, query);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    /**
     * How long ids are shown: long enough that two of {@code count} random ids rarely begin the same (the
     * chance is about count² / 16^length), and never shorter than {@value #SHORT_ID}. A prefix that still names
     * two documents is refused by {@code show} with both named, so a rare clash costs one more keystroke.
     */
    static int idWidth(long count) {
        int width = SHORT_ID;
        while (width < 16 && Math.pow(16, width) < 1000.0 * count * count) {
            width++;
        }
        return width;
    }

    @Descriptor("Show a document: its metadata and its text")
    public void show(
            @Descriptor("print JSON") @Parameter(names = "--json", presentValue = "true", absentValue = "false")
            boolean json,
            @Descriptor("the id of the document, or its first characters") String id) throws IOException {
        DocumentInfo info = find(id);
        Document document = read(info);
        DocumentInfo d = document.info();
        DocumentInfo parent = d.parent() == null ? null : store.info(d.parent()).orElse(null);
        DocumentPage children = store.page(DocumentQuery.childrenOf(d.id(), SHOWN_CHILDREN));
        PrintStream out = System.out;
        if (json) {
            ObjectNode node = describe(Json.MAPPER.createObjectNode(), d);
            node.put("parentTitle", parent == null ? null : parent.title());
            node.put("childCount", children.total());
            addDocuments(node.putArray("children"), children.documents());
            ArrayNode pages = node.putArray("pageStarts");
            document.pages().forEach(pages::add);
            node.put("text", document.text());
            out.println(Json.MAPPER.writeValueAsString(node));
            return;
        }
        out.println("Id:         " + d.id());
        out.println("Title:      " + d.title());
        out.println("Path:       " + d.path());
        for (String path : d.duplicates()) {
            out.println("Also at:    " + path);
        }
        if (d.parent() != null) {
            out.println("In:         " + d.parent() + " " + (parent == null ? "(no longer stored)" : parent.title()));
        }
        out.println("Language:   " + d.language());
        out.println("Outlet:     " + orDash(d.outlet()));
        out.println("Date:       " + orDash(d.date()));
        out.println("URL:        " + orDash(d.url()));
        out.println("Bytes:      " + d.bytes());
        if (d.pages() > 0) {
            out.println("Pages:      " + d.pages());
        }
        for (Map.Entry<String, List<String>> entry : MetadataLabels.ordered(d.metadata())) {
            out.println(MetadataLabels.label(entry.getKey()) + String.join(", ", entry.getValue()));
        }
        out.println("Imported:   " + d.imported());
        if (d.supersedes() != null) {
            out.println("Supersedes: " + d.supersedes());
        }
        if (children.total() > 0) {
            out.println("Attachments: " + children.total());
            int width = shortIdLength(children.documents().stream().map(DocumentInfo::id).toList());
            for (DocumentInfo child : children.documents()) {
                out.println("  " + shortId(child.id(), width) + "  " + child.path());
            }
            if (children.total() > children.documents().size()) {
                out.println("  ... and " + (children.total() - children.documents().size()) + " more");
            }
        }
        out.println();
        out.println(document.text());
    }

    @Descriptor("Remove a document from the corpus")
    public void remove(@Descriptor("the id of the document, or its first characters") String id) {
        DocumentInfo info = find(id);
        if (!store.remove(info.id())) {
            throw CommandException.failure("document " + info.id() + " was removed meanwhile");
        }
        System.out.println("Removed " + info.id() + ": " + info.title());
    }

    private DocumentInfo find(String id) {
        Optional<DocumentInfo> found;
        try {
            found = store.resolve(id);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        return found.orElseThrow(() -> CommandException.usage("no document with id '" + id + "' (see atelier list)"));
    }

    private Document read(DocumentInfo info) {
        try {
            return store.get(info.id()).orElseThrow(
                    () -> CommandException.failure("document " + info.id() + " was removed meanwhile"));
        } catch (UncheckedIOException e) {
            throw CommandException.failure(e.getMessage());
        }
    }

    /** The fields of a document in {@code list --json} and {@code show --json}. */
    static ObjectNode describe(ObjectNode node, DocumentInfo document) {
        return node.put("id", document.id())
                .put("title", document.title())
                .put("path", document.path())
                .put("language", document.language())
                .put("bytes", document.bytes())
                .put("outlet", document.outlet())
                .put("date", document.date())
                .put("imported", document.imported().toString())
                .put("parent", document.parent())
                .put("pages", document.pages())
                .<ObjectNode>set("duplicates", strings(document.duplicates()))
                .set("metadata", metadata(document.metadata()));
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The metadata, keys in the order {@code show} prints them. */
    private static ObjectNode metadata(Map<String, List<String>> metadata) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, List<String>> entry : MetadataLabels.ordered(metadata)) {
            node.set(entry.getKey(), strings(entry.getValue()));
        }
        return node;
    }

    private static void addDuplicates(ArrayNode array, Collection<ImportDuplicate> duplicates,
            Map<String, String> typed) {
        for (ImportDuplicate duplicate : duplicates) {
            DocumentInfo document = duplicate.document();
            array.addObject().put("source", shown(duplicate.source(), typed)).put("id", document.id())
                    .put("title", document.title()).put("path", document.path());
        }
    }

    static String shortId(String id, int width) {
        return id.substring(0, Math.min(width, id.length()));
    }

    private static void addDocuments(ArrayNode array, Collection<DocumentInfo> documents) {
        for (DocumentInfo document : documents) {
            array.addObject().put("id", document.id()).put("title", document.title()).put("path", document.path());
        }
    }

    private static void addProblems(ArrayNode array, Collection<ImportProblem> problems, Map<String, String> typed) {
        for (ImportProblem problem : problems) {
            array.addObject().put("source", shown(problem.source(), typed)).put("reason", problem.reason());
        }
    }

    /**
     * A source as the user named it: the argument as typed ({@code articles}, {@code ../x.zip}), followed by the
     * path inside it ({@code /2025/a.txt}, {@code !/entry.txt}, {@code #3}). The importer names sources by the
     * absolute paths this command resolved; {@code typed} maps those back to the arguments.
     */
    static String shown(String source, Map<String, String> typed) {
        String best = null;
        for (String resolved : typed.keySet()) {
            boolean inside = source.equals(resolved) || source.startsWith(resolved)
                    && "/!#".indexOf(source.charAt(resolved.length())) >= 0;
            if (inside && (best == null || resolved.length() > best.length())) {
                best = resolved;
            }
        }
        if (best == null) {
            return source;
        }
        String argument = typed.get(best);
        String rest = source.substring(best.length());
        return argument.endsWith("/") && rest.startsWith("/") ? argument + rest.substring(1) : argument + rest;
    }

    /** The shortest length, from {@value #SHORT_ID}, at which no two of the ids begin the same. */
    static int shortIdLength(List<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        int length = SHORT_ID;
        for (int i = 1; i < sorted.size(); i++) {
            String a = sorted.get(i - 1);
            String b = sorted.get(i);
            int common = 0;
            while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
                common++;
            }
            length = Math.max(length, Math.min(common + 1, Math.min(a.length(), b.length())));
        }
        return length;
    }

    private static Path currentDirectory(CommandSession session) {
        Path directory = session == null ? null : session.currentDir();
        return (directory != null ? directory : Path.of("")).toAbsolutePath().normalize();
    }

    private static boolean onTerminal(CommandSession session) {
        Object value = session == null ? null : session.get(AtelierCommands.TERMINAL_VARIABLE);
        return value instanceof Boolean b ? b : "true".equals(String.valueOf(value));
    }

    static String orDash(String value) {
        return value == null ? "-" : value;
    }

    static String cut(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }

    /** Jackson is loaded when JSON is asked for, not on every command: a holder, initialised on first use. */
    static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
