package org.atelier.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimEdit;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.LinkType;
import org.atelier.api.claims.NewClaim;
import org.atelier.api.claims.Note;
import org.atelier.api.claims.Origin;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.report.ReportMethod;
import org.atelier.api.report.ReportScope;
import org.atelier.report.service.LiveReport;
import org.atelier.report.service.ReportBuilder;

/**
 * Documents and claims held in memory, as the claim service and the document store would give them: a French
 * article, a second one that corroborates and contradicts it, and a hostile one (markup of every kind, formulas,
 * right-to-left text, emoji, a very long line).
 */
public final class Fixtures {
    public static final Instant DATE = Instant.parse("2026-11-23T10:00:00Z");
    public static final Instant RECORDED = Instant.parse("2026-11-20T09:30:00Z");

    public static final String BYTEDANCE_TEXT = "ByteDance et les puces\n"
            + "Le géant chinois s’apprêterait à investir massivement. En effet, selon certaines sources, ByteDance "
            + "envisage de dépenser 7 milliards de dollars en 2025 pour se procurer ces précieux composants. "
            + "Mais comment ?\n"
            + "Nvidia a confirmé la vente de 100 000 puces H20 à la Chine.";
    public static final String INFORMATION_TEXT = "Les commandes de ByteDance\n"
            + "Selon The Information, ByteDance prévoit de dépenser 7 milliards de dollars en puces Nvidia cette "
            + "année. Un analyste estime au contraire que Nvidia n’a vendu aucune puce H20 à la Chine.";

    private Fixtures() {}

    public static String hostileText() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/hostile/article-hostile.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The quotes of the hostile article that are claims, each on a line of its own. */
    public static List<String> hostileQuotes() {
        String text = hostileText();
        String longLine = text.lines().filter(l -> l.startsWith("Début de la très longue ligne")).findFirst()
                .orElseThrow();
        return List.of(
                "<script>alert(\"x\")</script> & « guillemets » | *gras* _souligné_ [lien](javascript:alert(1)) # dièse",
                "=HYPERLINK(\"http://evil.example\",\"clic\") selon la source",
                "+33 6 12 34 56 78 a déclaré le porte-parole de l’entreprise.",
                "-5 % pour Huawei au troisième trimestre, selon Bloomberg.",
                "@channel selon Reuters, l’accord serait signé en mars.",
                "Le slogan שלום עולם et la devise مرحبا بالعالم accompagnent l’émoji 🚀😀 sur l’affiche.",
                "Une barre \\ oblique inverse, du `code`, <b>gras</b>, &amp; une entité et des \"guillemets\".",
                longLine.substring(0, 3000));
    }

    /** The three articles and their claims. */
    public static World world() {
        World w = new World();
        w.document("8ee7ae425c103672", "ByteDance et les puces", "000_bytedance.txt", "Techcrunch", "2025-01-02",
                "https://techcrunch.example/bytedance", BYTEDANCE_TEXT);
        w.document("0afdbc2315d05444", "Les commandes de ByteDance", "004_information.txt", null, null, null,
                INFORMATION_TEXT);
        w.document("5a1e0b0000000001", "Titre hostile : <script>alert(\"x\")</script> & « guillemets »",
                "article-hostile.txt", "=cmd|' /C calc'!A0", null, "javascript:alert(1)", hostileText());

        Claim spend = w.claim("c1", "8ee7ae425c103672", "ByteDance envisage de dépenser 7 milliards de dollars en 2025")
                .claimant("certaines sources").hedged(true).status(ClaimStatus.CORROBORATED)
                .statusNote("Deux sources l’affirment").figure(new Figure("7 milliards de dollars", 7e9, "USD",
                        Figure.Kind.MONEY))
                .figure(new Figure("2025", 2025, null, Figure.Kind.YEAR)).tag("puces").tag("achats")
                .note(new Note("Marie", RECORDED, "Vérifié auprès de l’éditeur")).group("g1")
                .origin(new Origin("8ee7ae42-97-155", "french-rules", 0.82, List.of("attribution")))
                .save();
        Claim sale = w.claim("c2", "8ee7ae425c103672", "Nvidia a confirmé la vente de 100 000 puces H20 à la Chine.")
                .claimant("Nvidia").status(ClaimStatus.DISPUTED).save();
        Claim information = w.claim("c3", "0afdbc2315d05444",
                "ByteDance prévoit de dépenser 7 milliards de dollars en puces Nvidia cette année")
                .claimant("The Information").status(ClaimStatus.VERIFIED).group("g1").save();
        Claim analyst = w.claim("c4", "0afdbc2315d05444",
                "Nvidia n’a vendu aucune puce H20 à la Chine").claimant("Un analyste").status(ClaimStatus.REFUTED)
                .save();
        w.link(sale, analyst, LinkType.CONTRADICTS);
        w.link(spend, information, LinkType.CORROBORATES);

        List<String> hostile = hostileQuotes();
        ClaimStatus[] statuses = ClaimStatus.values();
        for (int i = 0; i < hostile.size(); i++) {
            w.claim("c" + (10 + i), "5a1e0b0000000001", hostile.get(i))
                    .claimant(i == 0 ? "</dd><script>alert(1)</script>" : "=1+1")
                    .status(statuses[i % statuses.length])
                    .statusNote(i == 1 ? "@SUM(A1:A9)" : null)
                    .tag("|pipe|")
                    .note(new Note("-attaquant", RECORDED, "note sur\ndeux lignes <i>"))
                    .save();
        }
        return w;
    }

    /** The report of {@code scope} over {@code w}, dated {@link #DATE} unless the scope says otherwise. */
    public static LiveReport report(World w, ReportScope scope) {
        ReportScope dated = scope.date() == null ? scope.withDate(DATE) : scope;
        return new ReportBuilder(w.claims(), w.store()).build(dated, "Claims report", "Atelier 0.1.0",
                List.of(new ReportMethod.Suggester("french-rules", "org.atelier.claims", "0.1.0", 0)));
    }

    public static LiveReport report(World w) {
        return report(w, ReportScope.ALL);
    }

    /** Documents and claims in memory. */
    public static final class World {
        final Map<String, Document> documents = new LinkedHashMap<>();
        final Map<String, Claim> claims = new LinkedHashMap<>();

        public void document(String id, String title, String path, String outlet, String date, String url,
                String text) {
            documents.put(id, new Document(new DocumentInfo(id, title, path, "fr", text.length(), outlet, date,
                    RECORDED, url, null), text));
        }

        /** A document as the store holds it, with its parent, pages and metadata. */
        public void document(Document document) {
            documents.put(document.id(), document);
        }

        public Document text(String id) {
            return documents.get(id);
        }

        public ClaimBuilder claim(String id, String docId, String quote) {
            return new ClaimBuilder(this, id, docId, quote);
        }

        public void put(Claim claim) {
            claims.put(claim.id(), claim);
        }

        public void link(Claim a, Claim b, LinkType type) {
            Claim na = claims.get(a.id());
            Claim nb = claims.get(b.id());
            put(withLink(na, new ClaimLink(type, nb.id())));
            put(withLink(nb, new ClaimLink(type, na.id())));
        }

        private static Claim withLink(Claim c, ClaimLink link) {
            List<ClaimLink> links = new ArrayList<>(c.links());
            links.add(link);
            return new Claim(c.id(), c.docId(), c.docPath(), c.quote(), c.position(), c.claimant(), c.subject(),
                    c.figures(), c.hedged(), c.status(), c.statusNote(), c.tags(), c.notes(), c.author(), c.created(),
                    c.updated(), links, c.version() + 1, c.orphaned(), c.group(), c.origin());
        }

        /** The claims, listed from now on in this order. */
        public void claimsInOrder(List<Claim> ordered) {
            claims.clear();
            ordered.forEach(this::put);
        }

        public List<Claim> all() {
            return List.copyOf(claims.values());
        }

        public ClaimService claims() {
            return new MemoryClaims(this);
        }

        public DocumentStore store() {
            return new MemoryStore(this);
        }
    }

    /** A claim being made. */
    public static final class ClaimBuilder {
        private final World world;
        private final String id;
        private final String docId;
        private final String quote;
        private String claimant;
        private boolean hedged;
        private ClaimStatus status = ClaimStatus.UNVERIFIED;
        private String statusNote;
        private final List<Figure> figures = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private String group;
        private Origin origin;

        ClaimBuilder(World world, String id, String docId, String quote) {
            this.world = world;
            this.id = id;
            this.docId = docId;
            this.quote = quote;
        }

        public ClaimBuilder claimant(String claimant) {
            this.claimant = claimant;
            return this;
        }

        public ClaimBuilder hedged(boolean hedged) {
            this.hedged = hedged;
            return this;
        }

        public ClaimBuilder status(ClaimStatus status) {
            this.status = status;
            return this;
        }

        public ClaimBuilder statusNote(String statusNote) {
            this.statusNote = statusNote;
            return this;
        }

        public ClaimBuilder figure(Figure figure) {
            figures.add(figure);
            return this;
        }

        public ClaimBuilder tag(String tag) {
            tags.add(tag);
            return this;
        }

        public ClaimBuilder note(Note note) {
            notes.add(note);
            return this;
        }

        public ClaimBuilder group(String group) {
            this.group = group;
            return this;
        }

        public ClaimBuilder origin(Origin origin) {
            this.origin = origin;
            return this;
        }

        public Claim save() {
            Document d = world.documents.get(docId);
            int at = d.text().indexOf(quote);
            if (at < 0) {
                throw new IllegalArgumentException("not in " + docId + ": " + quote);
            }
            TextPositionSelector position = TextPositionSelector.ofUtf16(d.text(), at, at + quote.length());
            List<String> sortedTags = tags.stream().distinct().sorted().toList();
            Claim claim = new Claim(id, docId, d.info().path(), TextQuoteSelector.of(d.text(), position), position,
                    claimant, null, figures, hedged, status, statusNote, sortedTags, notes, "Marie", RECORDED,
                    RECORDED, List.of(), 1, false, group, origin);
            world.put(claim);
            return claim;
        }
    }

    /** The claim service's reading side over a {@link World}: list by filter, in the order the claims were put. */
    static final class MemoryClaims implements ClaimService {
        private final World world;

        MemoryClaims(World world) {
            this.world = world;
        }

        @Override
        public List<Claim> list(ClaimFilter filter) {
            return world.claims.values().stream()
                    .filter(c -> filter.status() == null || c.status() == filter.status())
                    .filter(c -> filter.docId() == null || c.docId().equals(filter.docId()))
                    .filter(c -> filter.query() == null || matches(c, filter.query()))
                    .filter(c -> filter.group() == null || filter.group().equals(c.group()))
                    .toList();
        }

        private static boolean matches(Claim c, String query) {
            String q = query.toLowerCase(java.util.Locale.ROOT);
            return c.text().toLowerCase(java.util.Locale.ROOT).contains(q)
                    || c.claimant() != null && c.claimant().toLowerCase(java.util.Locale.ROOT).contains(q);
        }

        @Override
        public Optional<Claim> get(String id) {
            return Optional.ofNullable(world.claims.get(id));
        }

        @Override
        public Claim add(NewClaim claim) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Claim update(String id, long expectedVersion, ClaimEdit edit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Claim link(String a, String b, LinkType type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Claim remove(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Suggestion> suggestions(String docId) {
            return List.of();
        }

        @Override
        public Optional<Suggestion> suggestion(String id) {
            return Optional.empty();
        }

        @Override
        public Claim accept(String suggestionId, String author) {
            throw new UnsupportedOperationException();
        }
    }

    /** The document store over a {@link World}; counts the texts read. */
    public static final class MemoryStore implements DocumentStore {
        private final World world;
        public int reads;

        MemoryStore(World world) {
            this.world = world;
        }

        @Override
        public void forEach(java.util.function.Consumer<DocumentInfo> action) {
            world.documents.values().stream().map(Document::info).forEach(action);
        }

        @Override
        public long count() {
            return world.documents.size();
        }

        @Override
        public org.atelier.api.corpus.DocumentPage page(org.atelier.api.corpus.DocumentQuery query) {
            List<DocumentInfo> all = list();
            return new org.atelier.api.corpus.DocumentPage(all.subList(0, Math.min(query.limit(), all.size())),
                    all.size(), null);
        }

        @Override
        public Optional<DocumentInfo> info(String id) {
            return Optional.ofNullable(world.documents.get(id)).map(Document::info);
        }

        @Override
        public boolean isCurrent(String id) {
            return world.documents.containsKey(id);
        }

        @Override
        public List<org.atelier.api.corpus.UnreadableDocument> unreadable() {
            return List.of();
        }

        @Override
        public Optional<Document> get(String id) {
            reads++;
            return Optional.ofNullable(world.documents.get(id));
        }

        @Override
        public Optional<DocumentInfo> resolve(String idOrPrefix) {
            List<DocumentInfo> found = list().stream().filter(d -> d.id().startsWith(idOrPrefix)).toList();
            if (found.size() > 1) {
                throw new IllegalArgumentException("'" + idOrPrefix + "' names " + found.size() + " documents");
            }
            return found.stream().findFirst();
        }

        @Override
        public boolean remove(String id) {
            throw new UnsupportedOperationException();
        }
    }
}
