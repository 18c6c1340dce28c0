package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The export command in the assembled distribution, over the shipped articles (imported on first start) with
 * claims added by the claims command, and a hostile article (markup of HTML and Markdown, CSV formulas,
 * {@code <script>}, a very long line, right-to-left text and emoji). Every format is read back with a parser of
 * its own: JSON-LD as JSON, CSV with Commons CSV, Markdown with CommonMark, HTML with jsoup, PDF with PDFBox.
 * Also: the exit codes, a failed export that leaves the good file alone, a format added by a plugin, and ten
 * thousand claims that stream out.
 */
class ReportTest {
    static final String ARTICLE_000 = "8ee7ae425c103672";
    static final String ARTICLE_002 = "a22dd9803fac2168";
    static final String ARTICLE_003 = "526a433ff6680b8f";
    static final String ARTICLE_004 = "8417d22fd3f4cacc";
    static final List<String> FORMATS = List.of("annotations", "claimreview", "csv", "html", "md", "pdf");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static FelixRuntime runtime;
    static String hostileDoc;
    /** The claims added, by id: their quote. */
    static final Map<String, String> QUOTES = new LinkedHashMap<>();
    /** The claims of the hostile article, by id. */
    static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        runtime = FelixRuntime.start(dir.resolve("workspace"));
        String spend = add("--doc", ARTICLE_000, "--quote",
                "ByteDance envisage de dépenser 7 milliards de dollars en 2025", "--claimant", "certaines sources",
                "--status", "corroborated", "--status-note", "The Information dit la même chose", "--tag", "puces",
                "--note", "Vérifié le 3 mars");
        String information = add("--doc", ARTICLE_004, "--quote",
                "Le groupe s'apprête à dépenser jusqu'à 7 milliards de dollars en 2025", "--claimant",
                "The Information", "--status", "verified");
        String huawei = add("--doc", ARTICLE_002, "--quote", "elle utiliserait des puces développées par Huawei",
                "--claimant", "Reuters", "--status", "disputed");
        add("--doc", ARTICLE_003, "--quote", "La Chine exige que des entreprises comme Alibaba et ByteDance "
                + "justifient leurs achats de puces d’IA Nvidia");
        ok("claims", "link", spend, information, "corroborates");
        ok("claims", "link", spend, huawei, "contradicts");

        JsonNode imported = json("import", "--json", fixture("article-hostile.txt").toString()).get("imported");
        hostileDoc = imported.get(0).get("id").asText();
        List<String> statuses = List.of("unverified", "corroborated", "disputed", "refuted", "verified");
        List<String> hostile = hostileQuotes();
        for (int i = 0; i < hostile.size(); i++) {
            List<String> options = new ArrayList<>(List.of("--doc", hostileDoc, "--quote", hostile.get(i),
                    "--claimant", i == 0 ? "</dd><script>alert(1)</script>" : "=1+1", "--status", statuses.get(i % 5),
                    "--note", "note <i>*x*</i> | =2+2"));
            if (i == 1) {
                options.addAll(List.of("--status-note", "@SUM(A1:A9)"));
            }
            String id = add(options.toArray(String[]::new));
            HOSTILE.put(id, QUOTES.get(id));
        }
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    // ---- the formats, read back ----

    @Test
    void listShowsTheInstalledFormats() {
        CommandResult list = runtime.run("export", "--list");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        for (String format : FORMATS) {
            assertThat(list.out()).containsPattern("(?m)^" + format + " ");
        }
        assertThat(list.out()).contains("6 formats");
    }

    @Test
    void markdownReadBackHoldsEveryQuoteInBoldAndNoMarkupFromTheDocuments() throws Exception {
        Node md = Parser.builder().build().parse(export("md"));
        List<String> bold = new ArrayList<>();
        List<Node> html = new ArrayList<>();
        md.accept(new AbstractVisitor() {
            @Override
            public void visit(StrongEmphasis strong) {
                bold.add(literal(strong));
            }

            @Override
            public void visit(HtmlInline node) {
                html.add(node);
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node);
            }
        });
        assertThat(bold).containsExactlyInAnyOrderElementsOf(QUOTES.values());
        assertThat(html).as("raw HTML").isEmpty();
        String text = literal(md);
        assertThat(text).contains("Claimant: </dd><script>alert(1)</script>")
                .contains("note <i>*x*</i> | =2+2")
                .contains("Corroborated by:")
                .contains("Contradicted by:")
                .contains("Appendix: method");
    }

    @Test
    void htmlReadBackMarksEveryQuoteAndRunsNothing() throws Exception {
        Document html = Jsoup.parse(export("html"));
        assertThat(html.select("script, iframe, object, embed, img, link, b, i")).isEmpty();
        assertThat(html.selectFirst("meta[http-equiv=Content-Security-Policy]")).isNotNull();
        Map<String, String> marked = new HashMap<>();
        for (Element article : html.select("article.claim")) {
            marked.put(article.id().substring("claim-".length()), article.selectFirst("blockquote mark").wholeText());
        }
        assertThat(marked).isEqualTo(QUOTES);
        assertThat(html.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#doc-") || h.startsWith("http"));
        assertThat(html.select("#index tbody tr")).hasSize(5);
        assertThat(html.text()).contains("Claimant </dd><script>alert(1)</script>");
    }

    @Test
    void pdfTextHoldsEveryQuoteInFrenchAndRightToLeftScripts() throws Exception {
        Path file = dir.resolve("report.pdf");
        CommandResult result = runtime.run("export", "--format", "pdf", "-o", file.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Exported " + QUOTES.size() + " claims to ");
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            text = squeeze(new PDFTextStripper().getText(pdf));
        }
        for (Map.Entry<String, String> claim : QUOTES.entrySet()) {
            assertThat(text).as("quote of " + claim.getKey()).contains(squeeze(drawable(claim.getValue(), text)));
        }
        assertThat(text).contains("s’apprêterait").contains("développées").contains("שלום").contains("עולם");
    }

    @Test
    void csvReadBackHasOneRowPerClaimAndNoLiveFormula() throws Exception {
        String csv = export("csv");
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(QUOTES.size());
        Map<String, String> quotes = new HashMap<>();
        for (CSVRecord row : rows) {
            for (String value : row.values()) {
                assertThat(value).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
            String quote = row.get("quote");
            quotes.put(row.get("id"), quote.startsWith("'") && !QUOTES.get(row.get("id")).startsWith("'")
                    ? quote.substring(1) : quote);
        }
        assertThat(quotes).isEqualTo(QUOTES);
        assertThat(rows).anySatisfy(r -> assertThat(r.get("claimant")).isEqualTo("'=1+1"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("status_note")).isEqualTo("'@SUM(A1:A9)"));
    }

    @Test
    void webAnnotationsReadBackWithSelectorsThatFindTheQuotesInTheDocuments() throws Exception {
        JsonNode root = JSON.readTree(export("annotations"));
        assertThat(root.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("@context").get(1).isObject()).isTrue();
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(root.get("total").asInt()).isEqualTo(QUOTES.size());
        JsonNode items = root.get("first").get("items");
        assertThat(root.get("first").get("type").asText()).isEqualTo("AnnotationPage");
        assertThat(items).hasSize(QUOTES.size());
        Map<String, String> texts = new HashMap<>();
        for (JsonNode a : items) {
            assertThat(a.get("type").asText()).isEqualTo("Annotation");
            String id = a.get("id").asText().substring("urn:atelier:claim:".length());
            String doc = a.get("target").get("source").asText().substring("urn:atelier:document:".length());
            String text = texts.computeIfAbsent(doc, d -> json("show", "--json", d).get("text").asText());
            JsonNode quote = a.get("target").get("selector").get(0);
            JsonNode position = a.get("target").get("selector").get(1);
            assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            assertThat(quote.get("exact").asText()).isEqualTo(QUOTES.get(id));
            assertThat(text).contains(quote.get("prefix").asText() + quote.get("exact").asText()
                    + quote.get("suffix").asText());
            int begin = text.offsetByCodePoints(0, position.get("start").asInt());
            int end = text.offsetByCodePoints(0, position.get("end").asInt());
            assertThat(text.substring(begin, end)).as("code point offsets of " + id).isEqualTo(QUOTES.get(id));
            assertThat(a.get("body").get("type").asText()).isEqualTo("Claim");
            assertThat(a.get("body").get("status").isTextual()).isTrue();
            assertThat(a.get("body").get("hedged").isBoolean()).isTrue();
        }
    }

    @Test
    void claimReviewsForTheClaimsWithAVerdict() throws Exception {
        JsonNode root = JSON.readTree(export("claimreview"));
        assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
        Map<String, String> expected = new HashMap<>();
        for (JsonNode c : json("claims", "list", "--json")) {
            if (!c.get("status").asText().equals("unverified")) {
                expected.put(c.get("quote").asText(), c.get("status").asText());
            }
        }
        JsonNode graph = root.get("@graph");
        assertThat(graph).hasSize(expected.size());
        for (JsonNode review : graph) {
            assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
            assertThat(expected).containsKey(review.get("claimReviewed").asText());
            assertThat(review.get("url").asText()).isNotBlank();
            assertThat(review.get("author").get("name").asText()).isNotBlank();
            JsonNode rating = review.get("reviewRating");
            assertThat(rating.get("ratingValue").asInt()).isBetween(rating.get("worstRating").asInt(),
                    rating.get("bestRating").asInt());
            assertThat(rating.get("alternateName").asText()).isNotBlank();
            assertThat(review.get("itemReviewed").get("@type").asText()).isEqualTo("Claim");
            assertThat(review.get("itemReviewed").get("appearance").get("headline").asText()).isNotBlank();
        }
    }

    @Test
    void theHostileArticleComesOutIntactInEveryFormat() throws Exception {
        for (String format : List.of("md", "html", "csv", "annotations")) {
            String out = export(format, "--doc", hostileDoc);
            for (String quote : HOSTILE.values()) {
                String written = switch (format) {
                    case "md" -> literal(Parser.builder().build().parse(out));
                    case "html" -> Jsoup.parse(out).wholeText();
                    case "csv" -> csvValues(out);
                    default -> jsonStrings(out);
                };
                assertThat(written).as(format + ": " + quote).contains(quote);
            }
        }
    }

    @Test
    void theSameClaimsGiveTheSameReportTheDateAside() throws Exception {
        for (String format : List.of("md", "html", "csv", "annotations", "claimreview")) {
            String a = export(format).replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "DATE");
            String b = export(format).replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "DATE");
            assertThat(b).as(format).isEqualTo(a);
        }
    }

    @Test
    void theScopeChoosesTheClaims() throws Exception {
        JsonNode verified = JSON.readTree(export("annotations", "--status", "verified,refuted"));
        assertThat(verified.get("first").get("items").findValuesAsText("status"))
                .isNotEmpty().containsOnly("verified", "refuted");
        JsonNode ofOne = JSON.readTree(export("annotations", "--doc", ARTICLE_004.substring(0, 6)));
        assertThat(ofOne.get("first").get("items").findValuesAsText("source"))
                .containsOnly("urn:atelier:document:" + ARTICLE_004);
        String md = export("md", "--query", "Huawei");
        assertThat(md).contains("elle utiliserait des puces développées par Huawei")
                .doesNotContain("**ByteDance envisage").contains("Query: Huawei");
    }

    // ---- usage and failure ----

    @Test
    void wrongUsageIsOneLineAndExitTwo() throws Exception {
        assertUsage(runtime.run("export", "--format", "docx"), "atelier: export: unknown format 'docx' (installed: "
                + String.join(", ", FORMATS) + ")");
        assertUsage(runtime.run("export", "--format", "pdf"),
                "atelier: export: PDF (A4) is not text: give -o FILE");
        assertUsage(runtime.run("export", "--format", "md", "-o", dir.resolve("no/such/folder/r.md").toString()),
                "atelier: export: cannot write " + dir.resolve("no/such/folder/r.md") + ": there is no folder "
                        + dir.resolve("no/such/folder"));
        assertUsage(runtime.run("export", "--format", "md", "-o", dir.toString()),
                "atelier: export: cannot write " + dir + ": it is a folder");
        assertUsage(runtime.run("export", "--format", "md", "--status", "faux"),
                "atelier: export: unknown status 'faux' (one of unverified|corroborated|disputed|refuted|verified)");
        assertUsage(runtime.run("export"), "atelier: export: give --format (" + String.join(", ", FORMATS)
                + "), or --list");
    }

    @Test
    void aFailedExportLeavesTheGoodFileAsItWas() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("kept"));
        Path good = folder.resolve("report.md");
        CommandResult first = runtime.run("export", "--format", "md", "-o", good.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        byte[] before = Files.readAllBytes(good);

        CommandResult failed = runtime.run("export", "--format", "md", "--doc", "ffffffff", "-o", good.toString());
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(2);
        assertThat(failed.err().strip()).isEqualTo("atelier: export: no document 'ffffffff'");
        assertThat(Files.readAllBytes(good)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("no temporary file left").containsExactly(good);
        }
    }

    // ---- a plugin's format ----

    @Test
    void aFormatDroppedIntoPluginsShowsUpAndExports() throws Exception {
        Path home = Distribution.copyTo(dir.resolve("with-plugin"));
        try (FelixRuntime own = FelixRuntime.start(home, dir.resolve("plugin-workspace"))) {
            add(own, "--doc", ARTICLE_000, "--quote", "ByteDance envisage de dépenser 7 milliards de dollars en 2025");
            writePlugin(home, home.resolve("plugins/ids-format.jar"));
            Await.until(Duration.ofSeconds(30), "export --list shows the plugin's format",
                    () -> own.run("export", "--list").out().contains("Claim ids, one a line"));
            CommandResult ids = own.run("export", "--format", "ids");
            assertThat(ids.exitCode()).as(ids.toString()).isZero();
            assertThat(ids.out()).isEqualTo("c1\n");
        }
    }

    // ---- ten thousand claims ----

    /**
     * Ten thousand claims in ten generated articles: in every format, by the time the last claim is built most of
     * the output has already been written, so the exporters stream rather than gather. The articles are imported
     * and the exporters, the report service and the document store are those of the framework; the claims come
     * from a claim service the test registers, ranked above the workbench's, because recording ten thousand claims
     * one by one, durably, would take the test minutes. (The time and the heap of such exports:
     * benchmarks/report.)
     */
    @Test
    void tenThousandClaimsStreamOut() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("generated"));
        for (int d = 0; d < 10; d++) {
            StringBuilder text = new StringBuilder("Article généré " + d + "\n");
            for (int i = 0; i < 1000; i++) {
                text.append("Selon la source ").append(d).append('-').append(i).append(", le groupe aurait acheté ")
                        .append(i * 7 % 1000).append(" 000 puces à 12,5 % de remise.").append(i % 5 == 4 ? "\n" : " ");
            }
            Files.writeString(articles.resolve("article-" + d + ".txt"), text);
        }
        try (FelixRuntime own = FelixRuntime.start(dir.resolve("ten-thousand"))) {
            JsonNode imported = json(own, "import", "--json", articles.toString()).get("imported");
            assertThat(imported).hasSize(10);
            Bundle api = bundle(own, "org.atelier.api");
            List<Object> claims = new ArrayList<>();
            for (JsonNode doc : imported) {
                String id = doc.get("id").asText();
                String text = json(own, "show", "--json", id).get("text").asText();
                claims.addAll(claimsOf(api, id, doc.get("path").asText(), text, claims.size()));
            }
            assertThat(claims).hasSize(10_000);
            registerClaimService(api, claims);

            Object reports = own.service("org.atelier.api.report.ReportService");
            Object scope = constructor(api, "org.atelier.api.report.ReportScope")
                    .newInstance(null, List.of(), null, null);
            Class<?> monitorType = api.loadClass("org.atelier.api.progress.ProgressMonitor");
            for (String format : FORMATS) {
                Counting out = new Counting();
                long[] atLast = {-1};
                int[] built = {0};
                Object monitor = Proxy.newProxyInstance(monitorType.getClassLoader(), new Class<?>[] {monitorType},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "worked" -> {
                                if (++built[0] == 10_000) {
                                    atLast[0] = out.bytes;
                                }
                                yield null;
                            }
                            case "isCancelled" -> false;
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            case "toString" -> "monitor";
                            default -> null;
                        });
                FelixRuntime.invoke(reports, "export", scope, format, out, monitor);
                assertThat(built[0]).as(format).isEqualTo(10_000);
                assertThat((double) atLast[0] / out.bytes).as(format + ": share written when the last claim was built")
                        .isGreaterThan(0.8);
            }
        }
    }

    /** A thousand claims of one generated article, one per sentence, as records of the framework's API. */
    static List<Object> claimsOf(Bundle api, String docId, String path, String text, int before) throws Exception {
        Class<?> positionType = api.loadClass("org.atelier.api.claims.TextPositionSelector");
        Class<?> quoteType = api.loadClass("org.atelier.api.claims.TextQuoteSelector");
        Class<?> statusType = api.loadClass("org.atelier.api.claims.ClaimStatus");
        Constructor<?> claim = constructor(api, "org.atelier.api.claims.Claim");
        Constructor<?> position = constructor(api, "org.atelier.api.claims.TextPositionSelector");
        java.lang.reflect.Method quoteOf = quoteType.getMethod("of", String.class, positionType);
        Object[] statuses = statusType.getEnumConstants();
        java.time.Instant recorded = java.time.Instant.parse("2026-11-20T09:30:00Z");
        List<Object> claims = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < 1000; i++) {
            int begin = text.indexOf("Selon la source ", at);
            int end = text.indexOf('.', begin) + 1;
            at = end;
            int start = text.codePointCount(0, begin);
            Object span = position.newInstance(start, start + text.codePointCount(begin, end));
            claims.add(claim.newInstance("c" + (before + i + 1), docId, path, quoteOf.invoke(null, text, span), span,
                    "la source " + i, null, List.of(), i % 3 == 0, statuses[i % statuses.length], null, List.of(),
                    List.of(), "test", recorded, recorded, List.of(), 1L, false, "g" + i, null));
        }
        return claims;
    }

    /** Registers {@code claims} as a claim service (reading only) ranked above the workbench's. */
    static void registerClaimService(Bundle api, List<Object> claims) throws Exception {
        Class<?> type = api.loadClass("org.atelier.api.claims.ClaimService");
        Object service = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> claims;
                    case "get" -> java.util.Optional.empty();
                    case "suggestions" -> List.of();
                    case "suggestion" -> java.util.Optional.empty();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "ten thousand claims";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put(org.osgi.framework.Constants.SERVICE_RANKING, 1000);
        api.getBundleContext().registerService(type.getName(), service, properties);
    }

    // ---- bin/atelier as a process ----

    @Test
    void binAtelierExportsToStdoutAndSaysWhatIsWrong() throws Exception {
        Path workspace = dir.resolve("cli");
        CommandResult md = AtelierCli.run(workspace, "export", "--format", "md");
        assertThat(md.exitCode()).as(md.toString()).isZero();
        assertThat(md.out()).startsWith("# Claims report\n").contains("No claims in this scope.")
                .contains("Documents in the corpus: 5");
        CommandResult wrong = AtelierCli.run(workspace, "export", "--format", "odt");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err().lines().toList()).containsExactly("atelier: export: unknown format 'odt' (installed: "
                + String.join(", ", FORMATS) + ")");
    }

    // ---- helpers ----

    static String export(String format, String... options) throws IOException {
        Path file = Files.createTempFile(dir, "export", "." + format);
        List<String> words = new ArrayList<>(List.of("export", "--format", format, "-o", file.toString()));
        words.addAll(List.of(options));
        CommandResult result = runtime.run(words.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static void assertUsage(CommandResult result, String line) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err().lines().toList()).containsExactly(line);
        assertThat(result.out()).isEmpty();
    }

    static String add(String... options) {
        return add(runtime, options);
    }

    static String add(FelixRuntime in, String... options) {
        List<String> words = new ArrayList<>(List.of("claims", "add", "--json"));
        words.addAll(List.of(options));
        JsonNode claim = json(in, words.toArray(String[]::new));
        String id = claim.get("id").asText();
        if (in == runtime) {
            QUOTES.put(id, claim.get("quote").asText());
        }
        return id;
    }

    static void ok(String... words) {
        CommandResult result = runtime.run(words);
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    static JsonNode json(String... words) {
        return json(runtime, words);
    }

    static JsonNode json(FelixRuntime in, String... words) {
        CommandResult result = in.run(words);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.json();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ReportTest.class.getResource("/report/" + name).toURI());
    }

    /** The quotes of the hostile article, one a line: markup, formulas, right-to-left text, a long line. */
    static List<String> hostileQuotes() throws Exception {
        String text = Normalizer.normalize(Files.readString(fixture("article-hostile.txt")), Normalizer.Form.NFC);
        List<String> lines = text.lines().toList();
        String longLine = lines.get(7);
        return List.of(
                lines.get(0).substring(lines.get(0).indexOf("<script>")),
                lines.get(1).substring(0, lines.get(1).indexOf(" selon la source") + " selon la source".length()),
                lines.get(2),
                lines.get(3),
                lines.get(4),
                lines.get(5),
                lines.get(6),
                longLine.substring(0, longLine.indexOf(" mot0370") + " mot0370".length()));
    }

    static String literal(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak soft) {
                out.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                visitChildren(paragraph);
                out.append('\n');
            }
        });
        return out.toString();
    }

    /** Every cell of a CSV, guards taken off, one a line. */
    static String csvValues(String csv) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180)) {
            for (CSVRecord row : parser) {
                for (String value : row.values()) {
                    out.append(value.startsWith("'") ? value.substring(1) : value).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The exact quotes of a Web Annotation collection, one a line. */
    static String jsonStrings(String json) throws IOException {
        StringBuilder out = new StringBuilder();
        JSON.readTree(json).findParents("exact").forEach(n -> out.append(n.get("exact").asText()).append('\n'));
        return out.toString();
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** What a PDF shows of {@code text}: a character no font on the machine has is written {@code [U+XXXX]}. */
    static String drawable(String text, String extracted) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String placeholder = String.format("[U+%04X]", cp);
            out.append(!extracted.contains(Character.toString(cp)) && extracted.contains(placeholder)
                    ? placeholder : Character.toString(cp));
        });
        return out.toString();
    }

    static Bundle bundle(FelixRuntime in, String symbolicName) {
        return in.bundles().stream().filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    static Constructor<?> constructor(Bundle bundle, String className) throws ClassNotFoundException {
        Constructor<?>[] constructors = bundle.loadClass(className).getConstructors();
        Constructor<?> widest = constructors[0];
        for (Constructor<?> c : constructors) {
            if (c.getParameterCount() > widest.getParameterCount()) {
                widest = c;
            }
        }
        return widest;
    }

    /**
     * A plugin bundle adding the format {@code ids} (the claim ids, one a line): one class compiled here against
     * the API bundle, and its component declared in {@code OSGI-INF}, as bnd would write it.
     */
    static void writePlugin(Path home, Path jar) throws Exception {
        Path work = Files.createDirectories(dir.resolve("plugin-build"));
        Path source = work.resolve("src/org/example/report/IdsFormat.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package org.example.report;

                import java.io.IOException;
                import java.io.OutputStream;
                import java.nio.charset.StandardCharsets;

                import org.atelier.api.report.Report;
                import org.atelier.api.report.ReportClaim;
                import org.atelier.api.report.ReportExporter;

                public class IdsFormat implements ReportExporter {
                    @Override
                    public void write(Report report, OutputStream out) throws IOException {
                        for (ReportClaim claim : report.claims()) {
                            out.write((claim.claim().id() + "\\n").getBytes(StandardCharsets.UTF_8));
                        }
                        out.flush();
                    }
                }
                """);
        Path api;
        try (Stream<Path> bundles = Files.list(home.resolve("bundle"))) {
            api = bundles.filter(p -> p.getFileName().toString().startsWith("org.atelier.api-")).findFirst()
                    .orElseThrow();
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "--release", "21", "-cp", api.toString(), "-d", classes.toString(),
                source.toString());
        assertThat(compiled).as("the plugin compiles").isZero();

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.example.report.ids");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.atelier.api.claims;version=\"[1.0,2)\","
                + "org.atelier.api.report;version=\"[1.0,2)\""); // as bnd writes it for an exporter: a consumer type
        main.putValue("Service-Component", "OSGI-INF/org.example.report.IdsFormat.xml");
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="org.example.report.IdsFormat">
                  <property name="atelier.report.format" value="ids"/>
                  <property name="atelier.report.label" value="Claim ids, one a line"/>
                  <property name="atelier.report.mediatype" value="text/plain; charset=UTF-8"/>
                  <property name="atelier.report.extension" value="txt"/>
                  <service>
                    <provide interface="org.atelier.api.report.ReportExporter"/>
                  </service>
                  <implementation class="org.example.report.IdsFormat"/>
                </scr:component>
                """;
        Path temp = work.resolve("ids-format.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(temp), manifest)) {
            out.putNextEntry(new JarEntry("OSGI-INF/org.example.report.IdsFormat.xml"));
            out.write(component.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new JarEntry("org/example/report/IdsFormat.class"));
            out.write(Files.readAllBytes(classes.resolve("org/example/report/IdsFormat.class")));
            out.closeEntry();
        }
        // Moved in whole: FileInstall never sees half a jar.
        Files.move(temp, jar);
    }

    /** Counts the bytes written. */
    public static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
