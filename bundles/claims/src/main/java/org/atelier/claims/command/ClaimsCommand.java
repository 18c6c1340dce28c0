package org.atelier.claims.command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimConflictException;
import org.atelier.api.claims.ClaimEdit;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.ClaimNotFoundException;
import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.LinkType;
import org.atelier.api.claims.NewClaim;
import org.atelier.api.claims.Note;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.api.command.AtelierCommands;
import org.atelier.api.command.CommandException;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocumentException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The {@code claims} command: one Gogo function whose first word names what to do, so that
 * {@code bin/atelier claims suggest DOC} and {@code claims suggest DOC} in the console are the same command.
 * Its options are read here from the words as typed.
 */
@Component(service = ClaimsCommand.class, property = {
        AtelierCommands.SCOPE_PROPERTY + "=" + AtelierCommands.SCOPE,
        AtelierCommands.FUNCTION_PROPERTY + "=claims"})
public class ClaimsCommand {
    static final String USAGE = "one of these, then its arguments:\n"
            + "\n"
            + "  suggest [--json] [--min-confidence C] [DOC]\n"
            + "      Propose the claims of one document, or of all: claimant, figures, hedging, confidence,\n"
            + "      reasons, and the group of other documents' claims that state the same thing.\n"
            + "  add --doc ID --quote TEXT [--prefix TEXT] [--suffix TEXT] [--start N] [--claimant WHO]\n"
            + "      [--subject WHAT] [--status S] [--status-note TEXT] [--tag TAG]... [--note TEXT]\n"
            + "      [--author NAME] [--json]\n"
            + "      Record a claim quoting the document. The quote must occur once, or once with the text\n"
            + "      before (--prefix) or after (--suffix) it, or at code point --start; ' matches ’.\n"
            + "  accept [--author NAME] [--json] SUGGESTION...\n"
            + "      Record suggestions as claims, with their claimant, figures, hedging, group and reasons.\n"
            + "  list [--json] [--status S] [--doc ID] [--query Q] [--tag TAG] [--group G]\n"
            + "      The claims, by document and position.\n"
            + "  show [--json] ID\n"
            + "      One claim: its anchor, fields, notes and links, and the other claims and suggestions\n"
            + "      of its group.\n"
            + "  set [--if-version N] [--json] ID FIELD=VALUE...\n"
            + "      Change a claim. FIELD is claimant, subject, status, status-note, hedged (yes|no),\n"
            + "      tags (comma-separated, replacing all), tag (+TAG adds, -TAG removes), group,\n"
            + "      note (adds a note to the thread) or author (who writes the note). An empty VALUE\n"
            + "      clears. With --if-version, the change is refused if the claim changed since.\n"
            + "  link [--json] ID1 ID2 corroborates|contradicts|same-as\n"
            + "      Link two claims, both ways.\n"
            + "  rm ID\n"
            + "      Remove a claim, and the links of other claims to it.\n"
            + "\n"
            + "Statuses: unverified|corroborated|disputed|refuted|verified. DOC may be the first characters\n"
            + "of a document id. Positions (start, end) count Unicode code points of the document's text.\n"
            + "Exit codes: 0 done, 1 failed (a claim changed meanwhile), 2 wrong usage (an unknown id, a quote\n"
            + "not in the document, a bad status).";

    private static final List<String> SUBCOMMANDS =
            List.of("suggest", "add", "accept", "list", "show", "set", "link", "rm");

    private final ClaimService claims;
    private final DocumentStore documents;

    @Activate
    public ClaimsCommand(@Reference ClaimService claims, @Reference DocumentStore documents) {
        this.claims = claims;
        this.documents = documents;
    }

    @Descriptor("Claims in the documents: suggest, add, accept, list, show, set, link, rm")
    public void claims(@Descriptor(USAGE) String... subcommand) throws IOException {
        if (subcommand == null || subcommand.length == 0) {
            throw CommandException.usage("claims: give a subcommand: " + String.join("|", SUBCOMMANDS)
                    + " (see atelier claims --help)");
        }
        String name = subcommand[0].toLowerCase(Locale.ROOT);
        List<String> words = Arrays.asList(subcommand).subList(1, subcommand.length);
        PrintStream out = System.out;
        try {
            switch (name) {
                case "suggest" -> suggest(out, words);
                case "add" -> add(out, words);
                case "accept" -> accept(out, words);
                case "list", "ls" -> list(out, words);
                case "show" -> show(out, words);
                case "set" -> set(out, words);
                case "link" -> link(out, words);
                case "rm", "remove" -> remove(out, words);
                default -> throw CommandException.usage("claims: unknown subcommand '" + subcommand[0] + "' (one of "
                        + String.join("|", SUBCOMMANDS) + ")");
            }
        } catch (ClaimConflictException e) {
            throw CommandException.failure("claims " + name + ": " + e.getMessage());
        } catch (ClaimNotFoundException | IllegalArgumentException e) {
            throw CommandException.usage("claims " + name + ": " + e.getMessage());
        } catch (UncheckedIOException | UnreadableDocumentException e) {
            throw CommandException.failure("claims " + name + ": " + e.getMessage());
        } finally {
            out.flush();
        }
    }

    private void suggest(PrintStream out, List<String> words) throws IOException {
        Options o = Options.parse("claims suggest", words, Set.of("--json"), Set.of("--min-confidence"));
        String doc = at(o, 0, 1, "claims suggest [--json] [--min-confidence C] [DOC]");
        double least = o.value("--min-confidence") == null ? 0 : number(o.value("--min-confidence"), "--min-confidence");
        List<Suggestion> found = claims.suggestions(doc == null ? null : document(doc).id()).stream()
                .filter(s -> s.confidence() >= least)
                .toList();
        if (o.flag("--json")) {
            ArrayNode array = ClaimJson.JSON.createArrayNode();
            found.forEach(s -> array.add(ClaimJson.suggestion(s)));
            out.println(ClaimJson.JSON.writeValueAsString(array));
            return;
        }
        if (found.isEmpty()) {
            out.println(doc == null ? "No suggestions in the documents" : "No suggestions in this document");
            return;
        }
        String lastDoc = null;
        for (Suggestion s : found) {
            if (!s.docId().equals(lastDoc)) {
                lastDoc = s.docId();
                out.println((s == found.get(0) ? "" : "\n") + s.docPath() + " (" + s.docId() + ")");
            }
            StringBuilder head = new StringBuilder("  ").append(s.id())
                    .append(String.format(Locale.ROOT, "  %.2f", s.confidence()));
            if (s.hedged()) {
                head.append("  hedged");
            }
            if (s.group() != null) {
                head.append("  group ").append(s.group());
            }
            if (s.claim() != null) {
                head.append("  accepted as ").append(s.claim());
            }
            out.println(head);
            out.println("    « " + s.text() + " »");
            if (s.claimant() != null) {
                out.println("    claimant: " + s.claimant());
            }
            if (!s.figures().isEmpty()) {
                out.println("    figures: " + figures(s.figures()));
            }
            out.println("    why: " + String.join("; ", s.reasons()));
        }
        long documents = found.stream().map(Suggestion::docId).distinct().count();
        long groups = found.stream().map(Suggestion::group).filter(g -> g != null).distinct().count();
        out.printf("%n%d %s in %d %s, %d %s across documents%n", found.size(),
                found.size() == 1 ? "suggestion" : "suggestions", documents, documents == 1 ? "document" : "documents",
                groups, groups == 1 ? "group" : "groups");
    }

    private void add(PrintStream out, List<String> words) throws IOException {
        Options o = Options.parse("claims add", words, Set.of("--json"), Set.of("--doc", "--quote", "--prefix",
                "--suffix", "--start", "--claimant", "--subject", "--status", "--status-note", "--tag", "--note",
                "--author"));
        if (!o.arguments().isEmpty()) {
            throw CommandException.usage("claims add: unexpected '" + o.arguments().get(0)
                    + "'; usage: atelier claims add --doc ID --quote TEXT [options]");
        }
        if (o.value("--doc") == null || o.value("--quote") == null || o.value("--quote").isBlank()) {
            throw CommandException.usage("claims add: give --doc ID and --quote TEXT");
        }
        DocumentInfo doc = document(o.value("--doc"));
        TextQuoteSelector quote = new TextQuoteSelector(o.value("--quote"), o.value("--prefix"), o.value("--suffix"));
        TextPositionSelector position = null;
        if (o.value("--start") != null) {
            int start = (int) number(o.value("--start"), "--start");
            int length = o.value("--quote").codePointCount(0, o.value("--quote").length());
            position = new TextPositionSelector(start, start + length);
        }
        ClaimStatus status = o.value("--status") == null ? null : status(o.value("--status"));
        NewClaim request = new NewClaim(doc.id(), quote, position, o.value("--claimant"), o.value("--subject"), null,
                null, status, o.value("--status-note"), o.values("--tag"), o.value("--note"), o.value("--author"));
        Claim claim = claims.add(request); // an AnchorException is an IllegalArgumentException: usage
        if (o.flag("--json")) {
            out.println(ClaimJson.JSON.writeValueAsString(ClaimJson.claim(claim)));
            return;
        }
        out.println("Added " + claim.id() + " in " + claim.docPath() + " at " + claim.position()
                + (claim.group() != null ? ", group " + claim.group() : "") + ": « " + shorten(claim.text(), 80)
                + " »");
    }

    private void accept(PrintStream out, List<String> words) throws IOException {
        Options o = Options.parse("claims accept", words, Set.of("--json"), Set.of("--author"));
        if (o.arguments().isEmpty()) {
            throw CommandException.usage("claims accept: give the id of a suggestion (see atelier claims suggest)");
        }
        ArrayNode array = ClaimJson.JSON.createArrayNode();
        for (String id : o.arguments()) {
            Optional<Suggestion> before = claims.suggestion(id);
            Claim claim = claims.accept(id, o.value("--author"));
            if (o.flag("--json")) {
                array.add(ClaimJson.claim(claim));
            } else if (before.isPresent() && before.get().claim() != null) {
                out.println("Suggestion " + id + " was already accepted as " + claim.id());
            } else {
                out.println("Accepted " + id + " as " + claim.id()
                        + (claim.group() != null ? ", group " + claim.group() : "") + ": « "
                        + shorten(claim.text(), 80) + " »");
            }
        }
        if (o.flag("--json")) {
            out.println(ClaimJson.JSON.writeValueAsString(o.arguments().size() == 1 ? array.get(0) : array));
        }
    }

    private void list(PrintStream out, List<String> words) throws IOException {
        Options o = Options.parse("claims list", words, Set.of("--json"),
                Set.of("--status", "--doc", "--query", "--tag", "--group"));
        if (!o.arguments().isEmpty()) {
            throw CommandException.usage("claims list: unexpected '" + o.arguments().get(0)
                    + "'; usage: atelier claims list [--json] [--status S] [--doc ID] [--query Q]");
        }
        ClaimFilter filter = ClaimFilter.ALL;
        if (o.value("--status") != null) {
            filter = filter.withStatus(status(o.value("--status")));
        }
        if (o.value("--doc") != null) {
            filter = filter.withDocId(document(o.value("--doc")).id());
        }
        filter = filter.withQuery(o.value("--query")).withTag(o.value("--tag")).withGroup(o.value("--group"));
        List<Claim> found = claims.list(filter);
        if (o.flag("--json")) {
            ArrayNode array = ClaimJson.JSON.createArrayNode();
            found.forEach(c -> array.add(ClaimJson.claim(c)));
            out.println(ClaimJson.JSON.writeValueAsString(array));
            return;
        }
        if (found.isEmpty()) {
            out.println(filter.equals(ClaimFilter.ALL)
                    ? "No claims; see atelier claims suggest, or add one with atelier claims add"
                    : "No claims match");
            return;
        }
        int idWidth = Math.max(2, found.stream().mapToInt(c -> c.id().length()).max().orElse(2));
        String format = "%-" + idWidth + "s  %-12s  %-8s  %-22s  %-9s  %s%n";
        out.printf(format, "ID", "STATUS", "DOC", "CLAIMANT", "GROUP", "QUOTE");
        for (Claim c : found) {
            out.printf(format, c.id(), c.status().label(), c.docId().substring(0, Math.min(8, c.docId().length())),
                    shorten(c.claimant() == null ? "-" : c.claimant(), 22), c.group() == null ? "-" : c.group(),
                    (c.orphaned() ? "[orphaned] " : "") + shorten(c.text(), 70));
        }
        out.println(found.size() + (found.size() == 1 ? " claim" : " claims"));
    }

    private void show(PrintStream out, List<String> words) throws IOException {
        Options o = Options.parse("claims show", words, Set.of("--json"), Set.of());
        String id = at(o, 1, 1, "claims show [--json] ID");
        Claim c = claim(id);
        if (o.flag("--json")) {
            out.println(ClaimJson.JSON.writeValueAsString(ClaimJson.claim(c)));
            return;
        }
        out.println("Id:          " + c.id() + " (version " + c.version() + ")");
        out.println("Document:    " + c.docId() + " (" + c.docPath() + "), code points " + c.position());
        if (c.orphaned()) {
            out.println("Orphaned:    its text is no longer in the current version of the document");
        }
        out.println("Quote:       « " + c.text() + " »");
        out.println("Claimant:    " + orDash(c.claimant()));
        out.println("Subject:     " + orDash(c.subject()));
        out.println("Figures:     " + (c.figures().isEmpty() ? "-" : figures(c.figures())));
        out.println("Hedged:      " + (c.hedged() ? "yes" : "no"));
        out.println("Status:      " + c.status().label() + (c.statusNote() == null ? "" : " (" + c.statusNote() + ")"));
        out.println("Tags:        " + (c.tags().isEmpty() ? "-" : String.join(", ", c.tags())));
        out.println("Author:      " + c.author() + ", created " + c.created() + ", updated " + c.updated());
        if (c.origin() != null) {
            out.println("Suggested:   " + c.origin().suggestion() + " by " + c.origin().suggester()
                    + String.format(Locale.ROOT, ", confidence %.2f: ", c.origin().confidence())
                    + String.join("; ", c.origin().reasons()));
        }
        out.println("Links:       " + (c.links().isEmpty() ? "-" : c.links().stream()
                .map(l -> l.type().label() + " " + l.target()).collect(Collectors.joining(", "))));
        out.println("Group:       " + orDash(c.group()));
        if (c.group() != null) {
            for (Claim other : claims.list(ClaimFilter.ALL.withGroup(c.group()))) {
                if (!other.id().equals(c.id())) {
                    out.println("  claim " + other.id() + " in " + other.docPath() + ": « " + shorten(other.text(), 70)
                            + " »");
                }
            }
            for (Suggestion s : claims.suggestions(null)) {
                boolean itself = s.docId().equals(c.docId()) && s.position().overlaps(c.position());
                if (c.group().equals(s.group()) && s.claim() == null && !itself) {
                    out.println("  suggestion " + s.id() + " in " + s.docPath() + ": « " + shorten(s.text(), 70)
                            + " »");
                }
            }
        }
        out.println("Notes:       " + (c.notes().isEmpty() ? "-" : ""));
        for (Note n : c.notes()) {
            out.println("  " + n.time() + " " + n.author() + ": " + n.text());
        }
    }

    private void set(PrintStream out, List<String> words) throws IOException {
        Options o = Options.parse("claims set", words, Set.of("--json"), Set.of("--if-version"));
        if (o.arguments().size() < 2) {
            throw CommandException.usage("claims set: give a claim and FIELD=VALUE; usage: atelier claims set ID "
                    + "FIELD=VALUE...");
        }
        Claim current = claim(o.arguments().get(0));
        ClaimEdit edit = ClaimEdit.NONE;
        for (String assignment : o.arguments().subList(1, o.arguments().size())) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw CommandException.usage("claims set: '" + assignment + "' is not FIELD=VALUE");
            }
            String field = assignment.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = assignment.substring(equals + 1);
            edit = switch (field) {
                case "claimant" -> edit.withClaimant(value);
                case "subject" -> edit.withSubject(value);
                case "status" -> edit.withStatus(status(value));
                case "status-note", "statusnote" -> edit.withStatusNote(value);
                case "hedged" -> edit.withHedged(yesNo(value));
                case "tags" -> edit.withTags(Arrays.stream(value.split(",")).map(String::strip)
                        .filter(t -> !t.isEmpty()).toList());
                case "tag" -> value.startsWith("-") ? edit.withRemovedTag(value.substring(1))
                        : edit.withAddedTag(value.startsWith("+") ? value.substring(1) : value);
                case "group" -> edit.withGroup(value);
                case "note" -> edit.withNote(value);
                case "author" -> edit.withAuthor(value);
                default -> throw CommandException.usage("claims set: unknown field '" + field + "' (claimant, "
                        + "subject, status, status-note, hedged, tags, tag, group, note, author)");
            };
        }
        Claim changed;
        if (o.value("--if-version") != null) {
            changed = claims.update(current.id(), (long) number(o.value("--if-version"), "--if-version"), edit);
        } else {
            // Without a version, the change applies to the claim as it is: made again on what another edit left.
            while (true) {
                try {
                    changed = claims.update(current.id(), current.version(), edit);
                    break;
                } catch (ClaimConflictException e) {
                    current = claim(current.id());
                }
            }
        }
        if (o.flag("--json")) {
            out.println(ClaimJson.JSON.writeValueAsString(ClaimJson.claim(changed)));
            return;
        }
        out.println(changed.version() == current.version() ? "Unchanged " + changed.id()
                : "Changed " + changed.id() + " (version " + changed.version() + ")");
    }

    private void link(PrintStream out, List<String> words) throws IOException {
        Options o = Options.parse("claims link", words, Set.of("--json"), Set.of());
        if (o.arguments().size() != 3) {
            throw CommandException.usage("claims link: usage: atelier claims link ID1 ID2 " + LinkType.labels());
        }
        LinkType type = LinkType.parse(o.arguments().get(2));
        Claim linked = claims.link(claim(o.arguments().get(0)).id(), claim(o.arguments().get(1)).id(), type);
        if (o.flag("--json")) {
            out.println(ClaimJson.JSON.writeValueAsString(ClaimJson.claim(linked)));
            return;
        }
        out.println("Linked " + linked.id() + " " + type.label() + " " + o.arguments().get(1).toLowerCase(Locale.ROOT)
                + " (links: " + linked.links().stream().map(ClaimLink::target).distinct().count() + ")");
    }

    private void remove(PrintStream out, List<String> words) {
        Options o = Options.parse("claims rm", words, Set.of(), Set.of());
        String id = at(o, 1, 1, "claims rm ID");
        Claim removed = claims.remove(claim(id).id());
        out.println("Removed " + removed.id() + ": « " + shorten(removed.text(), 80) + " »");
    }

    private Claim claim(String id) {
        return claims.get(id).orElseThrow(
                () -> new ClaimNotFoundException(id, "no claim '" + id + "' (see atelier claims list)"));
    }

    /** The document named by an id or its first characters; an ambiguous prefix is a usage error. */
    private DocumentInfo document(String id) {
        return documents.resolve(id).orElseThrow(
                () -> new IllegalArgumentException("no document with id '" + id + "' (see atelier list)"));
    }

    /**
     * The one argument of a subcommand, or {@code null} when it is optional and absent.
     *
     * @param synopsis the subcommand's usage, starting with its two words ({@code claims show ID})
     */
    private static String at(Options o, int least, int most, String synopsis) {
        List<String> args = o.arguments();
        if (args.size() < least || args.size() > most) {
            String[] words = synopsis.split(" ", 3);
            throw CommandException.usage(words[0] + " " + words[1] + ": usage: atelier " + synopsis);
        }
        return args.isEmpty() ? null : args.get(0);
    }

    private static ClaimStatus status(String value) {
        return ClaimStatus.parse(value);
    }

    private static boolean yesNo(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "oui", "1" -> true;
            case "no", "false", "non", "0" -> false;
            default -> throw new IllegalArgumentException("hedged is yes or no, not '" + value + "'");
        };
    }

    private static double number(String value, String option) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
        }
    }

    static String figures(List<Figure> figures) {
        List<String> shown = new ArrayList<>();
        for (Figure f : figures) {
            shown.add(f.raw() + (f.kind() == Figure.Kind.YEAR ? " (year)" : " = " + f.normalized()));
        }
        return String.join("; ", shown);
    }

    static String shorten(String text, int width) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= width) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
