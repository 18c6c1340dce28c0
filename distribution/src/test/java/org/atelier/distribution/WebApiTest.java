package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON API of the web workbench (docs/web-api.md), over HTTP against the assembled distribution started as a
 * workbench, on the shipped corpus (five French articles, named by the first three characters of their file:
 * {@code 000} to {@code 004}). Tests that import or record claims use files and quotes of their own, so that
 * they hold in any order.
 */
class WebApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST_HEADER = "X-Atelier-Request";
    /** Files the tests upload: not part of the shipped corpus. */
    private static final List<String> UPLOADED = List.of("lettre.txt", "evasion.txt", "script.txt");

    @TempDir
    static Path dir;
    static Path workspace;
    static FelixRuntime runtime;
    static URI address;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        workspace = Files.createDirectories(dir.resolve("nested/workspace"));
        runtime = FelixRuntime.startWorkbench(workspace);
        address = URI.create(runtime.addresses().get(0));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void statusIsTheReportOfStatusJson() throws Exception {
        JsonNode status = ok(get("/api/status"));
        assertThat(status.get("workspace").asText()).isEqualTo(workspace.toString());
        assertThat(status.get("problems")).isEmpty();
        assertThat(status.get("bundles").findValuesAsText("symbolicName")).contains("org.atelier.web");
        assertThat(status.get("components").get(0).has("unsatisfiedReferences")).isTrue();
    }

    @Test
    void contributionsListViewsCommandsAndFormatsWithTheirBundle() throws Exception {
        JsonNode contributions = ok(get("/api/contributions"));
        assertThat(contributions.get("views")).isNotEmpty();
        for (JsonNode view : contributions.get("views")) {
            assertThat(view.get("area").asText()).isIn("LEFT", "RIGHT", "BOTTOM", "EDITOR");
            assertThat(view.get("bundle").asText()).isNotBlank();
        }
        assertThat(contributions.get("commands").findValuesAsText("bundle")).doesNotContainNull();
        JsonNode html = find(contributions.get("formats"), f -> f.get("id").asText().equals("html"));
        assertThat(html.get("mediaType").asText()).startsWith("text/html");
        assertThat(html.get("extension").asText()).isEqualTo("html");
        assertThat(html.get("binary").asBoolean()).isFalse();
    }

    @Test
    void documentsListsTheShippedArticlesWithTheirClaimCounts() throws Exception {
        JsonNode documents = ok(get("/api/documents"));
        List<String> shipped = new ArrayList<>();
        for (JsonNode document : documents) {
            assertThat(document.has("claims")).isTrue();
            assertThat(document.get("suggestions").asInt()).isGreaterThanOrEqualTo(0);
            assertThat(document.get("imported").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            if (!UPLOADED.contains(document.get("path").asText())) {
                shipped.add(document.get("path").asText().substring(0, 3));
            }
        }
        assertThat(shipped).containsExactlyInAnyOrder("000", "001", "002", "003", "004");
    }

    @Test
    void aDocumentIsFoundByAPrefixOfItsIdWithItsText() throws Exception {
        JsonNode first = article("003");
        String id = first.get("id").asText();
        JsonNode document = ok(get("/api/documents/" + id.substring(0, 6)));
        assertThat(document.get("id").asText()).isEqualTo(id);
        assertThat(document.get("text").asText()).startsWith("Pékin demande à Alibaba");
        // An article stands alone: no parent, no attachments, no further paths, no pages.
        assertThat(document.get("parent").isNull()).isTrue();
        assertThat(document.get("parentTitle").isNull()).isTrue();
        assertThat(document.get("childCount").asInt()).isZero();
        assertThat(document.get("children").isArray() && document.get("children").isEmpty()).isTrue();
        assertThat(document.get("duplicates").isArray()).isTrue();
        assertThat(document.get("metadata").isObject()).isTrue();
        assertThat(document.get("pages").asInt()).isZero();
        assertThat(document.get("pageStarts").isEmpty()).isTrue();

        assertError(get("/api/documents/" + ambiguousPrefix()), 400, "names 2 documents");
        assertError(get("/api/documents/ffffffffffffffff0"), 404, "no document");
    }

    @Test
    void searchFindsEveryArticleOnPuceWithMatchesInItsSnippets() throws Exception {
        JsonNode result = ok(get("/api/search?q=puce&facets=true"));
        assertThat(result.get("total").asInt()).isEqualTo(5);
        assertThat(result.get("hits")).hasSize(5);
        for (JsonNode hit : result.get("hits")) {
            assertThat(hit.get("snippets")).isNotEmpty();
            for (JsonNode snippet : hit.get("snippets")) {
                String text = snippet.get("text").asText();
                int start = snippet.get("start").asInt();
                assertThat(snippet.get("matches")).isNotEmpty();
                for (JsonNode match : snippet.get("matches")) {
                    String matched = text.substring(match.get("start").asInt() - start, match.get("end").asInt() - start);
                    assertThat(matched.toLowerCase()).startsWith("puce");
                }
            }
        }
        assertThat(result.get("facets").get("lang").get(0).get("value").asText()).isEqualTo("fr");
    }

    @Test
    void aDocumentsViewGetsEveryMatchOfTheQueryNotOnlyThoseOfTheSnippets() throws Exception {
        for (JsonNode hit : ok(get("/api/search?q=puce")).get("hits")) {
            String id = hit.get("id").asText();
            int inSnippets = 0;
            for (JsonNode snippet : hit.get("snippets")) {
                inSnippets += snippet.get("matches").size();
            }
            int[] text = ok(get("/api/documents/" + id)).get("text").asText().codePoints().toArray();
            JsonNode matches = ok(get("/api/search/matches?q=puce&doc=" + id)).get("matches");
            assertThat(matches.size()).isGreaterThanOrEqualTo(inSnippets);
            int previous = -1;
            for (JsonNode match : matches) {
                int start = match.get("start").asInt();
                String matched = new String(text, start, match.get("end").asInt() - start);
                assertThat(matched.toLowerCase()).startsWith("puce");
                assertThat(start).isGreaterThan(previous);
                previous = start;
            }
        }
        String id = ok(get("/api/documents")).get(0).get("id").asText();
        assertThat(ok(get("/api/search/matches?q=introuvablemot&doc=" + id)).get("matches")).isEmpty();
        assertError(get("/api/search/matches?q=" + encode("puce AND (") + "&doc=" + id), 400, "column");
    }

    @Test
    void aMalformedQueryIsABadRequestThatSaysWhichColumn() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + encode("puce AND \"États"));
        JsonNode error = assertError(response, 400, "quote");
        assertThat(error.get("column").asInt()).isEqualTo(10);
    }

    @Test
    void aClaimIsRecordedThenChangedWithItsVersionAndAStaleVersionConflicts() throws Exception {
        String doc = article("000").get("id").asText();
        HttpResponse<String> created = send("POST", "/api/claims",
                "{\"docId\":\"" + doc.substring(0, 8) + "\",\"exact\":\"maison mère de TikTok\",\"claimant\":\"TechCrunch\"}");
        JsonNode claim = json(created);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(claim.get("docId").asText()).isEqualTo(doc);
        assertThat(claim.get("status").asText()).isEqualTo("unverified");
        assertThat(claim.get("version").asLong()).isEqualTo(1);
        assertThat(claim.get("created").asText()).endsWith("Z");
        String id = claim.get("id").asText();

        HttpResponse<String> changed = send("PATCH", "/api/claims/" + id,
                "{\"status\":\"disputed\",\"tags\":[\"export\"],\"note\":\"to check\"}", "If-Match", "1");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("status").asText()).isEqualTo("disputed");
        assertThat(json(changed).get("version").asLong()).isEqualTo(2);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");

        HttpResponse<String> stale = send("PATCH", "/api/claims/" + id, "{\"status\":\"verified\"}", "If-Match", "1");
        JsonNode conflict = assertError(stale, 409, "changed meanwhile");
        assertThat(conflict.get("current").get("version").asLong()).isEqualTo(2);
        assertThat(conflict.get("current").get("status").asText()).isEqualTo("disputed");

        assertError(send("POST", "/api/claims", "{\"docId\":\"" + doc + "\",\"exact\":\"pas dans le texte\"}"), 400,
                "not in document");
        assertError(get("/api/claims/c999999"), 404, "no claim");
    }

    @Test
    void aSuggestionIsAcceptedOnceAsAClaim() throws Exception {
        String doc = article("001").get("id").asText();
        JsonNode suggestions = ok(get("/api/suggestions?doc=" + doc));
        JsonNode open = find(suggestions, s -> s.get("claim").isNull());
        String id = open.get("id").asText();

        HttpResponse<String> accepted = send("POST", "/api/suggestions/" + id + "/accept", "");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode claim = json(accepted);
        assertThat(claim.get("origin").get("suggestion").asText()).isEqualTo(id);
        assertThat(claim.get("quote").get("exact").asText()).isEqualTo(open.get("quote").get("exact").asText());

        HttpResponse<String> again = send("POST", "/api/suggestions/" + id + "/accept", "");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id").asText()).isEqualTo(claim.get("id").asText());
        assertThat(find(ok(get("/api/suggestions?doc=" + doc)), s -> s.get("id").asText().equals(id))
                .get("claim").asText()).isEqualTo(claim.get("id").asText());
    }

    @Test
    void twoClaimsAreLinkedBothWays() throws Exception {
        String doc = article("002").get("id").asText();
        JsonNode suggestions = ok(get("/api/suggestions?doc=" + doc));
        String first = json(send("POST", "/api/suggestions/" + suggestions.get(0).get("id").asText() + "/accept", ""))
                .get("id").asText();
        String second = json(send("POST", "/api/suggestions/" + suggestions.get(1).get("id").asText() + "/accept", ""))
                .get("id").asText();

        HttpResponse<String> linked = send("POST", "/api/claims/" + first + "/links",
                "{\"target\":\"" + second + "\",\"type\":\"contradicts\"}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(json(linked).get("links").toString()).contains("{\"type\":\"contradicts\",\"target\":\"" + second + "\"}");
        assertThat(ok(get("/api/claims/" + second)).get("links").toString()).contains(first);
        assertError(send("POST", "/api/claims/" + first + "/links", "{\"target\":\"" + second + "\",\"type\":\"likes\"}"),
                400, "unknown link type");
    }

    @Test
    void theHtmlReportDownloadsWithTheClaimsQuote() throws Exception {
        String doc = article("004").get("id").asText();
        String quote = json(send("POST", "/api/suggestions/"
                + ok(get("/api/suggestions?doc=" + doc)).get(0).get("id").asText() + "/accept", ""))
                .get("quote").get("exact").asText();

        HttpResponse<String> report = get("/api/reports?format=html&doc=" + doc);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(report.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"atelier-report.html\"");
        String plainStart = quote.split("[&<>\"']")[0];
        assertThat(plainStart).hasSizeGreaterThan(10);
        assertThat(report.body()).contains(plainStart);

        HttpResponse<String> preview = get("/api/reports?format=html&inline=true&doc=" + doc);
        assertThat(preview.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(preview.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox");
        assertError(get("/api/reports?format=docx"), 400, "no report format 'docx'");
    }

    @Test
    void anUploadImportsInTheBackgroundWithProblemsPerFileAndEvents() throws Exception {
        HttpRequest subscribe = HttpRequest.newBuilder(address.resolve("/api/events")).GET().build();
        HttpResponse<Stream<String>> stream = http.send(subscribe, HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readEvents(stream.body(), events), "events");
        reader.setDaemon(true);
        reader.start();
        try {
            byte[] binary = new byte[2048];
            binary[10] = 1;
            Multipart upload = new Multipart()
                    .file("lettre.txt", "Une lettre de Bourgogne sur les vendanges de l’automne.\n")
                    .file("vide.txt", "")
                    .file("image.txt", binary)
                    .file("../../evasion.txt", "Un texte qui voudrait sortir de son dossier.\n");
            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(address.resolve("/api/imports"))
                    .header(REQUEST_HEADER, "1").header("Content-Type", upload.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String id = json(accepted).get("id").asText();

            JsonNode done = awaitEvent(events, "import", e -> e.get("id").asText().equals(id)
                    && !e.get("state").asText().equals("running"));
            assertThat(done.get("state").asText()).isEqualTo("done");
            assertThat(done.get("total").asInt()).isEqualTo(4);
            assertThat(done.get("done").asInt()).isEqualTo(4);
            assertThat(done.get("imported").asInt()).isEqualTo(2);
            assertThat(done.get("skipped").asInt()).isEqualTo(1);
            assertThat(done.get("failed").asInt()).isEqualTo(1);
            assertThat(done.get("error").isNull()).isTrue();
            JsonNode empty = find(done.get("problems"), p -> p.get("source").asText().equals("vide.txt"));
            assertThat(empty.get("failed").asBoolean()).isFalse();
            JsonNode bad = find(done.get("problems"), p -> p.get("source").asText().equals("image.txt"));
            assertThat(bad.get("failed").asBoolean()).isTrue();
            assertThat(bad.get("reason").asText()).contains("binary");
            awaitEvent(events, "documents", e -> e.get("added").size() == 1);

            assertThat(ok(get("/api/imports/" + id)).get("state").asText()).isEqualTo("done");
            List<String> paths = ok(get("/api/documents")).findValuesAsText("path");
            assertThat(paths).contains("lettre.txt", "evasion.txt");
            assertThat(workspace.resolve("evasion.txt")).doesNotExist();
            assertThat(workspace.resolve("uploads/evasion.txt")).doesNotExist();
            try (Stream<Path> left = Files.list(workspace.resolve("uploads"))) {
                assertThat(left).isEmpty();
            }
        } finally {
            stream.body().close();
        }
        assertError(get("/api/imports/nothing"), 404, "no import");
    }

    @Test
    void anArticleHoldingAScriptComesBackAsJsonTextOnly() throws Exception {
        String script = "<script>alert('atelier')</script>";
        Multipart upload = new Multipart().file("script.txt", "Un article piégé\n" + script + "\nFin de l’article.\n");
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(address.resolve("/api/imports"))
                .header(REQUEST_HEADER, "1").header("Content-Type", upload.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build(), HttpResponse.BodyHandlers.ofString());
        awaitImport(json(accepted).get("id").asText());
        JsonNode listed = find(ok(get("/api/documents")), d -> d.get("path").asText().equals("script.txt"));

        HttpResponse<String> shown = get("/api/documents/" + listed.get("id").asText());
        assertThat(shown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(shown.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(shown.body()).doesNotContain("<script").contains("\\u003Cscript");
        assertThat(json(shown).get("text").asText()).contains(script);
    }

    @Test
    void theGuardRefusesCrossSiteAndRebindingRequests() throws Exception {
        String body = "{\"docId\":\"x\",\"exact\":\"y\"}";
        HttpResponse<String> noHeader = http.send(HttpRequest.newBuilder(address.resolve("/api/claims"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(noHeader, 403, "cross-site");
        assertError(send("POST", "/api/claims", body, "Origin", "http://evil.example"), 403, "cross-site");
        assertError(send("DELETE", "/api/documents/" + article("000").get("id").asText(), "", "Origin",
                "http://evil.example"), 403, "cross-site");
        assertThat(ok(get("/api/documents"))).hasSizeGreaterThanOrEqualTo(5);

        String rebound = raw("GET /api/documents HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(rebound).startsWith("HTTP/1.1 403").contains("loopback");
    }

    @Test
    void staticFilesRefusePathTraversal() throws Exception {
        for (String path : List.of("/workbench/../org/atelier/workbench/WorkbenchPage.class",
                "/workbench/%2e%2e/META-INF/MANIFEST.MF", "/workbench/..%2fMETA-INF/MANIFEST.MF",
                "/workbench/..%5c..%5cetc/passwd")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: " + address.getAuthority()
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).matches("(?s)HTTP/1.1 (400|404) .*")
                    .doesNotContain("Bundle-SymbolicName").doesNotContain("root:");
        }
    }

    @Test
    void unknownAddressesAndMethodsAnswerJsonErrors() throws Exception {
        assertError(get("/api/nothing"), 404, "no such address");
        assertError(send("PUT", "/api/documents", "{}"), 405, "not allowed");
        assertError(send("PATCH", "/api/claims/c1", "{}"), 400, "If-Match");
        assertError(send("POST", "/api/claims", "{not json"), 400, "not valid JSON");
        assertError(send("POST", "/api/imports", "{}"), 400, "multipart/form-data");
        // A query the container cannot decode is the client's mistake, said in JSON, not a failure of ours.
        String undecodable = raw("GET /api/search?q=%zz HTTP/1.1\r\nHost: " + address.getAuthority()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(undecodable).startsWith("HTTP/1.1 400").contains("application/json")
                .contains("could not be decoded").doesNotContain("Exception");
    }

    // ---- helpers

    private static JsonNode article(String prefix) throws Exception {
        return find(ok(get("/api/documents")), d -> d.get("path").asText().startsWith(prefix + "_"));
    }

    /** The longest beginning two document ids share: a prefix that names more than one. */
    private static String ambiguousPrefix() throws Exception {
        List<String> ids = new ArrayList<>(ok(get("/api/documents")).findValuesAsText("id"));
        ids.sort(null);
        String best = "";
        for (int i = 1; i < ids.size(); i++) {
            String a = ids.get(i - 1);
            String b = ids.get(i);
            int common = 0;
            while (common < a.length() && a.charAt(common) == b.charAt(common)) {
                common++;
            }
            if (common > best.length()) {
                best = a.substring(0, common);
            }
        }
        assertThat(best).as("two ids starting alike in %s", ids).isNotEmpty();
        return best;
    }

    private static void awaitImport(String id) throws Exception {
        Await.until(Duration.ofSeconds(30), "import " + id + " ends", () -> {
            try {
                return !ok(get("/api/imports/" + id)).get("state").asText().equals("running");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The first event so named and as wanted among those received, waiting for it if need be. */
    private static JsonNode awaitEvent(List<JsonNode> events, String name, Predicate<JsonNode> wanted)
            throws InterruptedException {
        JsonNode[] found = new JsonNode[1];
        try {
            Await.until(Duration.ofSeconds(30), "a '" + name + "' event as expected", () -> {
                for (JsonNode event : events) {
                    if (event.get("event").asText().equals(name) && wanted.test(event.get("data"))) {
                        found[0] = event.get("data");
                        return true;
                    }
                }
                return false;
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ", among " + events);
        }
        return found[0];
    }

    /** Parses a server-sent event stream into {@code {event, data}} objects. */
    private static void readEvents(Stream<String> lines, List<JsonNode> events) {
        String[] name = {null};
        try {
            lines.forEach(line -> {
                if (line.startsWith("event: ")) {
                    name[0] = line.substring(7);
                } else if (line.startsWith("data: ") && name[0] != null) {
                    try {
                        events.add(JSON.createObjectNode().put("event", name[0])
                                .set("data", JSON.readTree(line.substring(6))));
                    } catch (IOException e) {
                        throw new AssertionError("event data not JSON: " + line, e);
                    }
                    name[0] = null;
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed by the test
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(address.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A state-changing request as the workbench page sends it, with headers given as name, value. */
    private static HttpResponse<String> send(String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(address.resolve(path))
                .header(REQUEST_HEADER, "1").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written by hand: the HTTP client would not send a forged Host or an unnormalised path. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return json(response);
    }

    private static JsonNode assertError(HttpResponse<String> response, int status, String says) throws IOException {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode error = json(response);
        assertThat(error.get("error").asText()).contains(says).doesNotContain("\n").doesNotContain("Exception");
        return error;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> wanted) {
        for (JsonNode element : array) {
            if (wanted.test(element)) {
                return element;
            }
        }
        throw new AssertionError("none as expected in " + array);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A {@code multipart/form-data} body of {@code file} parts, as a browser's upload form sends it. */
    private static final class Multipart {
        private final String boundary = "atelier-test-boundary-7d3c";
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart file(String name, String content) {
            return file(name, content.getBytes(StandardCharsets.UTF_8));
        }

        Multipart file(String name, byte[] content) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] body() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }
}
