package org.atelier.claims.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimConflictException;
import org.atelier.api.claims.ClaimEdit;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.ClaimNotFoundException;
import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.ClaimSuggester;
import org.atelier.api.claims.LinkType;
import org.atelier.api.claims.NewClaim;
import org.atelier.api.claims.Note;
import org.atelier.api.claims.Origin;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocumentException;
import org.atelier.api.search.SearchService;
import org.atelier.api.workspace.Workspace;
import org.atelier.claims.french.FrenchClaimRules;
import org.atelier.claims.store.ClaimJournal;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The claims of the workspace, kept in its area {@value #AREA} by a {@link ClaimJournal}: every change is on
 * disk before it is acknowledged. Changes are made one at a time; an update names the version it is based on
 * and is refused if the claim changed meanwhile. As a {@link DocumentListener}, it follows the documents: when a
 * source changes, its claims are anchored anew in the new version, and kept as orphaned when their text is gone;
 * starting does the same for changes it missed.
 *
 * <p>Recording, editing or accepting a claim, and the suggestions of one document, cost the same whatever the size
 * of the corpus: they read that claim's or that document's text at most, and group through a {@link GroupIndex} of
 * the claims and of the suggestions known, never by walking the documents. Only {@code suggestions(null)} and a
 * start that finds claims whose document is no longer current walk the corpus, skipping documents that cannot be
 * read.
 */
@Component(service = ClaimService.class, immediate = true, configurationPid =
        WorkspaceClaimService.PID)
@Designate(ocd = ClaimSettings.class)
public class WorkspaceClaimService implements ClaimService, DocumentListener {
    public static final String PID = "org.atelier.claims";
    public static final String AREA = "claims";
    /** Framework property set by the launcher: {@code true} when the runtime runs one command and exits. */
    static final String HEADLESS = "atelier.headless";
    /** A suggestion id: the first hex digits of its document's id, then its span. */
    private static final Pattern SUGGESTION_ID = Pattern.compile("([0-9a-f]{1,8})-\\d+-\\d+");

    private final DocumentStore store;
    private final Logger log;
    private final Clock clock;
    private final Path folder;
    private final ClaimJournal journal;
    private final String defaultAuthor;
    private final SearchMatcher search = new SearchMatcher();
    /** The claims and the suggestions known, for grouping; claims are put in by {@link #commit}. */
    private final GroupIndex groups = new GroupIndex();
    private final SuggestionBook suggestions;
    /** Where the store's changes come from, when running in the framework. */
    private final ClaimDocumentEvents events;

    private final Object lock = new Object();
    /** Every claim by id; replaced, never changed in place, under {@link #lock}. */
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    /** The claim each accepted suggestion became, by suggestion id; changed under {@link #lock}, read without. */
    private final Map<String, String> claimBySuggestion = new ConcurrentHashMap<>();
    private Instant lastTime = Instant.EPOCH;
    /**
     * Done when the journal is loaded and the claims anchored anew; every call waits for it. {@code null} until
     * first needed. Guarded by {@link #lock}.
     */
    private CompletableFuture<Void> loaded;

    /**
     * Loading the journal and anchoring the claims in documents changed meanwhile reads every claim, and maybe
     * documents: it runs on a thread of its own while the framework goes on starting; in a headless runtime
     * (framework property {@value #HEADLESS}: one command, then exit) only when a call first needs it, as most
     * commands never touch claims. The store's changes told meanwhile are kept by the events until the service
     * attaches, and loading later catches up with the store as any start does.
     */
    @Activate
    public WorkspaceClaimService(BundleContext context, @Reference Workspace workspace,
            @Reference DocumentStore store, @Reference(service = LoggerFactory.class) Logger log,
            ClaimSettings settings, @Reference ClaimDocumentEvents events) throws IOException {
        this(workspace, store, log, settings.snapshotEvery(), settings.author(), Clock.systemUTC(), events);
        if (!Boolean.parseBoolean(context.getProperty(HEADLESS))) {
            loading();
        }
    }

    public WorkspaceClaimService(Workspace workspace, DocumentStore store, Logger log, int snapshotEvery,
            String author, Clock clock) throws IOException {
        this(workspace, store, log, snapshotEvery, author, clock, null);
        load();
        loaded = CompletableFuture.completedFuture(null);
    }

    private WorkspaceClaimService(Workspace workspace, DocumentStore store, Logger log, int snapshotEvery,
            String author, Clock clock, ClaimDocumentEvents events) throws IOException {
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.defaultAuthor = author == null || author.isBlank() ? System.getProperty("user.name", "unknown") : author;
        this.suggestions = new SuggestionBook(log, groups, claimBySuggestion::get);
        this.folder = workspace.area(AREA);
        this.journal = new ClaimJournal(workspace, folder, log, Math.max(1, snapshotEvery));
        this.events = events;
    }

    /** The loading of the claims, started on first call. */
    private CompletableFuture<Void> loading() {
        synchronized (lock) {
            if (loaded == null) {
                loaded = CompletableFuture.runAsync(() -> {
                    try {
                        load();
                        events.attach(this);
                    } catch (IOException | RuntimeException e) {
                        log.error("The claims in {} cannot be loaded", folder, e);
                        throw new CompletionException(e);
                    }
                }, runnable -> {
                    Thread thread = new Thread(runnable, "atelier-claims-load");
                    thread.setDaemon(true);
                    thread.start();
                });
            }
            return loaded;
        }
    }

    private void load() throws IOException {
        ClaimJournal.Loaded found = journal.load();
        synchronized (lock) {
            claims.putAll(found.claims());
            for (Claim claim : claims.values()) {
                indexed(claim);
                if (claim.updated().isAfter(lastTime)) {
                    lastTime = claim.updated();
                }
            }
        }
        reconcile();
    }

    /** Waits until the claims are loaded; fails as loading did. */
    private void awaitLoaded() {
        try {
            loading().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the claims were loading", e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException("the claims could not be loaded: " + e.getCause().getMessage(),
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
    }

    @Deactivate
    void close() {
        CompletableFuture<Void> loading;
        synchronized (lock) {
            loading = loaded;
            if (loading == null) {
                // Never loaded, so nothing was opened or changed; a call that comes late loads nothing.
                loaded = CompletableFuture.failedFuture(new IOException("the claim service has stopped"));
                return;
            }
        }
        loading.handle((done, failure) -> done).join();
        if (events != null) {
            events.detach(this);
        }
        synchronized (lock) {
            try {
                if (!loading.isCompletedExceptionally() && journal.hasChangesSinceSnapshot()) {
                    journal.snapshot(claims.values());
                }
            } catch (IOException e) {
                // The journal still holds every change; the next start replays it.
                log.warn("Could not write the claim snapshot: {}", e.getMessage());
            }
            try {
                journal.close();
            } catch (IOException e) {
                log.warn("Could not close the claim journal: {}", e.getMessage());
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSuggester(ClaimSuggester suggester, Map<String, Object> properties) {
        Object name = properties.get(ClaimSuggester.NAME);
        suggestions.addSuggester(suggester, name == null ? suggester.getClass().getName() : name.toString());
    }

    void removeSuggester(ClaimSuggester suggester) {
        suggestions.removeSuggester(suggester);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSearch(SearchService service) {
        search.set(service);
    }

    void unsetSearch(SearchService service) {
        search.unset(service);
    }

    @Override
    public Claim add(NewClaim request) {
        awaitLoaded();
        Document document = store.get(request.docId())
                .orElseThrow(() -> new IllegalArgumentException("no document with id '" + request.docId() + "'"));
        String text = document.text();
        TextPositionSelector position = Anchoring.anchor(document.id(), text, request.quote(), request.position());
        TextQuoteSelector quote = TextQuoteSelector.of(text, position);
        FrenchClaimRules.Reading reading = FrenchClaimRules.analyse(text, position.utf16Start(text),
                position.utf16End(text));
        String author = author(request.author());
        if (store.isCurrent(document.id())) {
            // A claim made on a suggested span joins that suggestion's group. Outside the lock: suggesters are
            // plugins' code; the text is at hand, and the suggestions of other documents are not needed.
            suggestions.propose(document);
        }
        synchronized (lock) {
            Instant now = now();
            List<Note> notes = request.note() == null || request.note().isBlank() ? List.of()
                    : List.of(new Note(author, now, request.note().strip()));
            Claim claim = new Claim(journal.newId(), document.id(), document.info().path(), quote, position,
                    request.claimant() == null ? reading.claimant() : blankToNull(request.claimant()),
                    request.subject() == null ? reading.subject() : blankToNull(request.subject()),
                    request.figures() == null ? reading.figures() : request.figures(),
                    request.hedged() == null ? reading.hedged() : request.hedged(),
                    request.status() == null ? ClaimStatus.UNVERIFIED : request.status(),
                    blankToNull(request.statusNote()), tags(request.tags()), notes, author, now, now, List.of(), 1,
                    false, null, null);
            claim = withGroup(claim, groups.groupWith(Grouping.Item.of(claim)));
            commit(List.of(claim), List.of());
            return claim;
        }
    }

    @Override
    public Optional<Claim> get(String id) {
        awaitLoaded();
        synchronized (lock) {
            return Optional.ofNullable(claims.get(normalizeId(id)));
        }
    }

    @Override
    public List<Claim> list(ClaimFilter filter) {
        awaitLoaded();
        List<Claim> all;
        synchronized (lock) {
            all = new ArrayList<>(claims.values());
        }
        String path = null;
        if (filter.docId() != null) {
            path = store.info(filter.docId()).map(DocumentInfo::path).orElse(null);
        }
        Map<String, Optional<String>> texts = new HashMap<>(); // several claims of one document read it once
        SearchMatcher.Matches matches = filter.query() == null ? null
                : search.matches(filter.query(), all,
                        id -> texts.computeIfAbsent(id, k -> readable(k).map(Document::text)));
        List<Claim> result = new ArrayList<>();
        for (Claim claim : all) {
            if (filter.status() != null && claim.status() != filter.status()) {
                continue;
            }
            if (filter.docId() != null && !claim.docId().equals(filter.docId())
                    && !(claim.orphaned() && Objects.equals(claim.docPath(), path))) {
                continue;
            }
            if (filter.tag() != null && !claim.tags().contains(filter.tag().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (filter.group() != null && !filter.group().equalsIgnoreCase(claim.group())) {
                continue;
            }
            if (matches != null && !matches.test(claim)) {
                continue;
            }
            result.add(claim);
        }
        result.sort(Comparator.comparing((Claim c) -> c.docPath() == null ? "" : c.docPath())
                .thenComparing(Claim::docId)
                .thenComparingInt(c -> c.position().start())
                .thenComparing(c -> number(c.id())));
        return result;
    }

    @Override
    public Claim update(String id, long expectedVersion, ClaimEdit edit) {
        awaitLoaded();
        synchronized (lock) {
            Claim current = existing(id);
            if (current.version() != expectedVersion) {
                throw new ClaimConflictException(current.id(), expectedVersion, current.version());
            }
            Claim changed = apply(current, edit);
            boolean note = edit.note() != null && !edit.note().isBlank();
            if (changed.equals(current) && !note) {
                return current;
            }
            Instant now = now();
            changed = stamped(changed, now);
            if (note) {
                List<Note> notes = new ArrayList<>(changed.notes());
                notes.add(new Note(author(edit.author()), now, edit.note().strip()));
                changed = withNotes(changed, notes);
            }
            commit(List.of(changed), List.of());
            return changed;
        }
    }

    @Override
    public Claim link(String a, String b, LinkType type) {
        awaitLoaded();
        synchronized (lock) {
            Claim first = existing(a);
            Claim second = existing(b);
            if (first.id().equals(second.id())) {
                throw new IllegalArgumentException("a claim cannot be linked to itself");
            }
            Instant now = now();
            List<Claim> changed = new ArrayList<>();
            Claim newFirst = withLink(first, new ClaimLink(type, second.id()), now);
            Claim newSecond = withLink(second, new ClaimLink(type, first.id()), now);
            if (newFirst != first) {
                changed.add(newFirst);
            }
            if (newSecond != second) {
                changed.add(newSecond);
            }
            if (!changed.isEmpty()) {
                commit(changed, List.of());
            }
            return newFirst;
        }
    }

    @Override
    public Claim remove(String id) {
        awaitLoaded();
        synchronized (lock) {
            Claim removed = existing(id);
            Instant now = now();
            List<Claim> changed = new ArrayList<>();
            for (Claim other : claims.values()) {
                if (!other.id().equals(removed.id())
                        && other.links().stream().anyMatch(l -> l.target().equals(removed.id()))) {
                    List<ClaimLink> links = other.links().stream()
                            .filter(l -> !l.target().equals(removed.id())).toList();
                    changed.add(stamped(withLinks(other, links), now));
                }
            }
            commit(changed, List.of(removed.id()));
            return removed;
        }
    }

    @Override
    public List<Suggestion> suggestions(String docId) {
        awaitLoaded();
        if (docId == null) {
            return suggestions.all(store::forEach, this::readable);
        }
        if (!store.isCurrent(docId)) {
            throw new IllegalArgumentException("no current document with id '" + docId + "'");
        }
        return suggestions.forDocument(docId, () -> readable(docId));
    }

    @Override
    public Optional<Suggestion> suggestion(String id) {
        awaitLoaded();
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        Matcher parts = SUGGESTION_ID.matcher(wanted);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String prefix = parts.group(1);
        Set<String> tried = new HashSet<>();
        // A suggestion given already is found without reading anything: its document's proposals are known.
        for (String docId : suggestions.proposedFor(prefix)) {
            tried.add(docId);
            Optional<Suggestion> found = suggestionIn(docId, wanted);
            if (found.isPresent()) {
                return found;
            }
        }
        for (String docId : documentsStartingWith(prefix)) {
            if (tried.add(docId) && store.isCurrent(docId)) {
                Optional<Suggestion> found = suggestionIn(docId, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Suggestion> suggestionIn(String docId, String suggestionId) {
        return suggestions.forDocument(docId, () -> readable(docId)).stream()
                .filter(s -> s.id().equals(suggestionId))
                .findFirst();
    }

    /**
     * The ids of the documents, current or not, whose id starts with {@code prefix}: one look-up in the store, and
     * a walk of the documents' metadata only in the rare case where two ids start with the same eight digits.
     */
    private List<String> documentsStartingWith(String prefix) {
        try {
            return store.resolve(prefix).map(DocumentInfo::id).stream().toList();
        } catch (IllegalArgumentException sharedPrefix) {
            List<String> ids = new ArrayList<>();
            store.forEach(info -> {
                if (info.id().startsWith(prefix)) {
                    ids.add(info.id());
                }
            });
            return ids;
        }
    }

    @Override
    public Claim accept(String suggestionId, String author) {
        awaitLoaded();
        Suggestion s = suggestion(suggestionId).orElseThrow(() -> new ClaimNotFoundException(suggestionId,
                "no suggestion '" + suggestionId + "' in the current documents (see atelier claims suggest)"));
        synchronized (lock) {
            String acceptedAs = claimBySuggestion.get(s.id());
            if (acceptedAs != null) {
                return claims.get(acceptedAs);
            }
            Instant now = now();
            Claim claim = new Claim(journal.newId(), s.docId(), s.docPath(), s.quote(), s.position(), s.claimant(),
                    s.subject(), s.figures(), s.hedged(), ClaimStatus.UNVERIFIED, null, List.of(), List.of(),
                    author(author), now, now, List.of(), 1, false, s.group(),
                    new Origin(s.id(), s.suggester(), s.confidence(), s.reasons()));
            commit(List.of(claim), List.of());
            return claim;
        }
    }

    // DocumentListener

    @Override
    public void added(DocumentInfo document) {
        suggestions.changed();
    }

    @Override
    public void removed(DocumentInfo document) {
        suggestions.forget(document.id());
        synchronized (lock) {
            Instant now = now();
            List<Claim> orphaned = new ArrayList<>();
            for (Claim claim : claims.values()) {
                if (claim.docId().equals(document.id()) && !claim.orphaned()) {
                    orphaned.add(stamped(withAnchor(claim, claim.docId(), claim.docPath(), claim.quote(),
                            claim.position(), true), now));
                }
            }
            commitQuietly(orphaned, "orphaning the claims of removed document " + document.id());
        }
    }

    @Override
    public void replaced(DocumentInfo previous, DocumentInfo current) {
        suggestions.forget(previous.id());
        Optional<Document> document = readable(current.id());
        if (document.isEmpty()) {
            // Removed meanwhile, and its removal orphans the claims; or unreadable, and the next start, finding
            // their document no longer current, anchors them again.
            return;
        }
        synchronized (lock) {
            List<Claim> moved = new ArrayList<>();
            for (Claim claim : claims.values()) {
                if (claim.docId().equals(previous.id())
                        || (claim.orphaned() && Objects.equals(claim.docPath(), current.path()))) {
                    reanchored(claim, document.get()).ifPresent(moved::add);
                }
            }
            commitQuietly(moved, "anchoring the claims of " + current.path() + " in its new version");
        }
    }

    /**
     * Anchors claims whose document changed or went while no one listened: this component was not running. Most
     * starts find the document of every claim current, with one look-up each; only claims whose document is no
     * longer current need the current documents by path, found in one walk of the documents' metadata.
     */
    private void reconcile() {
        Set<String> claimDocuments = new HashSet<>();
        synchronized (lock) {
            claims.values().forEach(c -> claimDocuments.add(c.docId()));
        }
        Set<String> notCurrent = new HashSet<>();
        for (String docId : claimDocuments) {
            if (!store.isCurrent(docId)) {
                notCurrent.add(docId);
            }
        }
        if (notCurrent.isEmpty()) {
            return;
        }
        Set<String> pathsWanted = new HashSet<>();
        synchronized (lock) {
            for (Claim claim : claims.values()) {
                if (notCurrent.contains(claim.docId()) && claim.docPath() != null) {
                    pathsWanted.add(claim.docPath());
                }
            }
        }
        Map<String, DocumentInfo> currentByPath = new HashMap<>();
        store.forEach(info -> {
            if (pathsWanted.contains(info.path())) {
                currentByPath.put(info.path(), info);
            }
        });
        Map<String, Optional<Document>> texts = new HashMap<>();
        currentByPath.values().forEach(info -> texts.put(info.path(), readable(info.id())));
        synchronized (lock) {
            List<Claim> changed = new ArrayList<>();
            for (Claim claim : claims.values()) {
                if (!notCurrent.contains(claim.docId())) {
                    continue;
                }
                if (currentByPath.containsKey(claim.docPath())) {
                    // A current version that cannot be read leaves the claim as it is, for the next start.
                    texts.get(claim.docPath()).flatMap(d -> reanchored(claim, d)).ifPresent(changed::add);
                } else if (!claim.orphaned()) {
                    changed.add(stamped(withAnchor(claim, claim.docId(), claim.docPath(), claim.quote(),
                            claim.position(), true), now()));
                }
            }
            commitQuietly(changed, "anchoring claims in documents changed while the claim store was stopped");
        }
    }

    /** The document, or empty when there is none or the store cannot read it back, which is logged. */
    private Optional<Document> readable(String id) {
        try {
            return store.get(id);
        } catch (UnreadableDocumentException e) {
            log.warn("Skipping document {}, which cannot be read: {}", e.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The claim anchored in {@code document}, or orphaned; empty when nothing changes. */
    private Optional<Claim> reanchored(Claim claim, Document document) {
        String text = document.text();
        Optional<TextPositionSelector> found = Anchoring.relocate(text, claim.quote(), claim.position());
        Claim moved;
        if (found.isPresent()) {
            TextPositionSelector position = found.get();
            moved = withAnchor(claim, document.id(), document.info().path(), TextQuoteSelector.of(text, position),
                    position, false);
        } else {
            // Kept where it was: its quote and position still hold in the version it was anchored in.
            moved = withAnchor(claim, claim.docId(), claim.docPath(), claim.quote(), claim.position(), true);
        }
        return moved.equals(claim) ? Optional.empty() : Optional.of(stamped(moved, now()));
    }

    private void commit(Collection<Claim> put, Collection<String> removed) {
        Map<String, Claim> next = new LinkedHashMap<>(claims);
        put.forEach(c -> next.put(c.id(), c));
        removed.forEach(next::remove);
        try {
            journal.commit(put, removed, next);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the claims: " + e.getMessage(), e);
        }
        for (Claim claim : put) {
            claims.put(claim.id(), claim);
            indexed(claim);
        }
        for (String id : removed) {
            Claim gone = claims.remove(id);
            groups.remove(id);
            if (gone != null && gone.origin() != null && claimBySuggestion.remove(gone.origin().suggestion(), id)) {
                firstAcceptedAs(gone.origin().suggestion())
                        .ifPresent(other -> claimBySuggestion.put(gone.origin().suggestion(), other.id()));
            }
        }
        suggestions.changed();
    }

    /** Keeps the grouping items and the accepted suggestions in step with {@code claim}. Under {@link #lock}. */
    private void indexed(Claim claim) {
        if (claim.orphaned()) {
            groups.remove(claim.id()); // its text is gone from the current documents
        } else {
            groups.put(Grouping.Item.of(claim));
        }
        if (claim.origin() != null) {
            claimBySuggestion.merge(claim.origin().suggestion(), claim.id(),
                    (known, other) -> number(known) <= number(other) ? known : other);
        }
    }

    /** The first claim made of this suggestion, if any. Under {@link #lock}. */
    private Optional<Claim> firstAcceptedAs(String suggestionId) {
        return claims.values().stream()
                .filter(c -> c.origin() != null && c.origin().suggestion().equals(suggestionId))
                .min(Comparator.comparingLong(c -> number(c.id())));
    }

    private void commitQuietly(List<Claim> changed, String what) {
        if (changed.isEmpty()) {
            return;
        }
        try {
            commit(changed, List.of());
        } catch (UncheckedIOException e) {
            log.error("Failed {}: {}; they are anchored again at the next start", what, e.getMessage());
        }
    }

    private Claim existing(String id) {
        Claim claim = id == null ? null : claims.get(normalizeId(id));
        if (claim == null) {
            throw new ClaimNotFoundException(id, "no claim '" + id + "' (see atelier claims list)");
        }
        return claim;
    }

    private Instant now() {
        Instant now = clock.instant();
        lastTime = now.isAfter(lastTime) ? now : lastTime.plusNanos(1_000);
        return lastTime;
    }

    private String author(String given) {
        return given == null || given.isBlank() ? defaultAuthor : given.strip();
    }

    private static Claim apply(Claim c, ClaimEdit e) {
        TreeSet<String> tags = new TreeSet<>(e.tags() != null ? tags(e.tags()) : c.tags());
        tags.addAll(tags(e.addTags()));
        tags.removeAll(tags(e.removeTags()));
        return new Claim(c.id(), c.docId(), c.docPath(), c.quote(), c.position(),
                e.claimant() == null ? c.claimant() : blankToNull(e.claimant()),
                e.subject() == null ? c.subject() : blankToNull(e.subject()),
                c.figures(),
                e.hedged() == null ? c.hedged() : e.hedged(),
                e.status() == null ? c.status() : e.status(),
                e.statusNote() == null ? c.statusNote() : blankToNull(e.statusNote()),
                List.copyOf(tags), c.notes(), c.author(), c.created(), c.updated(), c.links(), c.version(),
                c.orphaned(),
                e.group() == null ? c.group() : blankToNull(e.group()),
                c.origin());
    }

    private static Claim stamped(Claim c, Instant now) {
        return new Claim(c.id(), c.docId(), c.docPath(), c.quote(), c.position(), c.claimant(), c.subject(),
                c.figures(), c.hedged(), c.status(), c.statusNote(), c.tags(), c.notes(), c.author(), c.created(),
                now, c.links(), c.version() + 1, c.orphaned(), c.group(), c.origin());
    }

    private static Claim withNotes(Claim c, List<Note> notes) {
        return new Claim(c.id(), c.docId(), c.docPath(), c.quote(), c.position(), c.claimant(), c.subject(),
                c.figures(), c.hedged(), c.status(), c.statusNote(), c.tags(), notes, c.author(), c.created(),
                c.updated(), c.links(), c.version(), c.orphaned(), c.group(), c.origin());
    }

    private static Claim withLinks(Claim c, List<ClaimLink> links) {
        return new Claim(c.id(), c.docId(), c.docPath(), c.quote(), c.position(), c.claimant(), c.subject(),
                c.figures(), c.hedged(), c.status(), c.statusNote(), c.tags(), c.notes(), c.author(), c.created(),
                c.updated(), links, c.version(), c.orphaned(), c.group(), c.origin());
    }

    private static Claim withGroup(Claim c, String group) {
        return new Claim(c.id(), c.docId(), c.docPath(), c.quote(), c.position(), c.claimant(), c.subject(),
                c.figures(), c.hedged(), c.status(), c.statusNote(), c.tags(), c.notes(), c.author(), c.created(),
                c.updated(), c.links(), c.version(), c.orphaned(), group, c.origin());
    }

    private static Claim withAnchor(Claim c, String docId, String docPath, TextQuoteSelector quote,
            TextPositionSelector position, boolean orphaned) {
        return new Claim(c.id(), docId, docPath, quote, position, c.claimant(), c.subject(), c.figures(),
                c.hedged(), c.status(), c.statusNote(), c.tags(), c.notes(), c.author(), c.created(), c.updated(),
                c.links(), c.version(), orphaned, c.group(), c.origin());
    }

    /** The claim with {@code link} added, stamped; the same claim when it has the link already. */
    private static Claim withLink(Claim c, ClaimLink link, Instant now) {
        if (c.links().contains(link)) {
            return c;
        }
        List<ClaimLink> links = new ArrayList<>(c.links());
        links.add(link);
        return stamped(withLinks(c, links), now);
    }

    private static List<String> tags(List<String> tags) {
        TreeSet<String> clean = new TreeSet<>();
        for (String tag : tags) {
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        return List.copyOf(clean);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String normalizeId(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }
}
