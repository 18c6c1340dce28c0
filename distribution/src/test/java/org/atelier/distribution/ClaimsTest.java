package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Claims in the assembled distribution: anchoring in code points (with characters beyond the BMP), anchoring
 * again when a document changes, durability when the workbench is killed during writes, concurrent edits, each
 * rule of the French suggester, grouping across the shipped articles, and the exit codes of
 * {@code bin/atelier claims}. Fixtures are in {@code src/test/resources/claims}.
 */
class ClaimsTest {
    /** Article 000 of the shipped corpus: its id comes from its text, so it is the same in every workspace. */
    static final String ARTICLE_000 = "8ee7ae425c103672";
    static final String SPEND = "ByteDance envisage de dépenser 7 milliards de dollars";

    @TempDir
    static Path dir;
    static FelixRuntime runtime;

    @BeforeAll
    static void start() throws Exception {
        runtime = FelixRuntime.start(dir.resolve("felix"));
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ClaimsTest.class.getResource("/claims/" + name).toURI());
    }

    static String storedText(Path file) throws Exception {
        return Normalizer.normalize(Files.readString(file), Normalizer.Form.NFC).stripTrailing();
    }

    static JsonNode json(FelixRuntime in, String... words) {
        CommandResult result = in.run(words);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.json();
    }

    /** Imports one fixture file and gives the id of the document stored. */
    static String importFixture(FelixRuntime in, String name) throws Exception {
        JsonNode imported = json(in, "import", "--json", fixture(name).toString()).get("imported");
        assertThat(imported).as("imported " + name).hasSize(1);
        return imported.get(0).get("id").asText();
    }

    @Test
    void positionsCountCodePointsInTextBeyondTheBasicPlane() throws Exception {
        String doc = importFixture(runtime, "emoji/fusee.txt");
        String text = storedText(fixture("emoji/fusee.txt"));
        String quote = "le groupe aurait commandé 100 000 puces à Huawei";
        int utf16 = text.indexOf(quote);
        int start = text.codePointCount(0, utf16);
        assertThat(start).as("characters beyond the BMP before the quote").isLessThan(utf16);

        JsonNode claim = json(runtime, "claims", "add", "--json", "--doc", doc, "--quote", quote);
        assertThat(claim.get("start").asInt()).isEqualTo(start);
        assertThat(claim.get("end").asInt()).isEqualTo(start + quote.codePointCount(0, quote.length()));
        assertThat(claim.get("quote").asText()).isEqualTo(quote);
        assertThat(claim.get("prefix").asText()).endsWith("selon Reuters, ").contains("🛰");
        assertThat(claim.get("claimant").asText()).isEqualTo("Reuters");
        assertThat(claim.get("hedged").asBoolean()).isTrue();
        assertThat(claim.get("figures").findValuesAsText("normalized")).containsExactly("100000 chips");

        JsonNode shown = json(runtime, "claims", "show", "--json", claim.get("id").asText());
        assertThat(shown.get("start")).isEqualTo(claim.get("start"));
        assertThat(shown.get("doc").asText()).isEqualTo(doc);
    }

    @Test
    void claimsAreAnchoredAgainWhenTheirDocumentChanges() throws Exception {
        FelixRuntime own = FelixRuntime.start(dir.resolve("reanchor"));
        try (own) {
            String v1 = importFixture(own, "emoji/fusee.txt");
            JsonNode kept = json(own, "claims", "add", "--json", "--doc", v1, "--quote",
                    "le groupe aurait commandé 100 000 puces à Huawei pour 2 milliards de dollars");
            JsonNode gone = json(own, "claims", "add", "--json", "--doc", v1, "--quote",
                    "Tencent a confirmé la vente de 40 000 serveurs en 2024");

            String v2 = importFixture(own, "emoji-changed/fusee.txt");
            assertThat(v2).isNotEqualTo(v1);
            String changed = storedText(fixture("emoji-changed/fusee.txt"));

            JsonNode moved = json(own, "claims", "show", "--json", kept.get("id").asText());
            assertThat(moved.get("doc").asText()).isEqualTo(v2);
            assertThat(moved.get("orphaned").asBoolean()).isFalse();
            int utf16 = changed.indexOf(kept.get("quote").asText());
            assertThat(moved.get("start").asInt()).isEqualTo(changed.codePointCount(0, utf16))
                    .isGreaterThan(kept.get("start").asInt());
            assertThat(moved.get("version").asInt()).isEqualTo(2);

            JsonNode orphan = json(own, "claims", "show", "--json", gone.get("id").asText());
            assertThat(orphan.get("orphaned").asBoolean()).isTrue();
            assertThat(orphan.get("doc").asText()).as("kept where its text still is").isEqualTo(v1);
            assertThat(orphan.get("quote")).isEqualTo(gone.get("quote"));

            JsonNode ofDocument = json(own, "claims", "list", "--json", "--doc", v2);
            assertThat(ofDocument.findValuesAsText("id"))
                    .containsExactlyInAnyOrder(kept.get("id").asText(), gone.get("id").asText());
            CommandResult listed = own.run("claims", "list", "--doc", v2);
            assertThat(listed.out()).contains("[orphaned] Tencent a confirmé");
        }
    }

    @Test
    void aWorkbenchKilledDuringWritesLosesNothingAcknowledged() throws Exception {
        Path workspace = dir.resolve("killed");
        Map<String, String> acknowledgedClaims = new ConcurrentHashMap<>();
        Set<String> acknowledgedNotes = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        String noted;
        AtelierCli.RunningWorkbench workbench = AtelierCli.startWorkbench(Distribution.home(), workspace);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            CommandResult first = AtelierCli.run(workspace, "claims", "add", "--json", "--doc", ARTICLE_000,
                    "--quote", SPEND);
            assertThat(first.exitCode()).as(first.toString()).isZero();
            noted = first.json().get("id").asText();
            List<Future<?>> running = new ArrayList<>();
            running.add(writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String note = "added " + i;
                    CommandResult r = AtelierCli.run(workspace, "claims", "add", "--json", "--doc", ARTICLE_000,
                            "--quote", SPEND, "--note", note);
                    if (r.exitCode() == 0) { // acknowledged
                        acknowledgedClaims.put(r.json().get("id").asText(), note);
                    }
                }
                return null;
            }));
            running.add(writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String note = "note " + i;
                    CommandResult r = AtelierCli.run(workspace, "claims", "set", noted, "note=" + note);
                    if (r.exitCode() == 0) {
                        acknowledgedNotes.add(note);
                    }
                }
                return null;
            }));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (acknowledgedClaims.size() + acknowledgedNotes.size() < 12 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            workbench.process().destroyForcibly(); // SIGKILL, while both writers are at work
            assertThat(workbench.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            stop.set(true);
            for (Future<?> f : running) {
                f.get(150, TimeUnit.SECONDS);
            }
        } finally {
            stop.set(true);
            writers.shutdownNow();
            workbench.process().destroyForcibly();
        }
        assertThat(acknowledgedClaims).isNotEmpty();
        assertThat(acknowledgedNotes).isNotEmpty();

        try (FelixRuntime after = FelixRuntime.start(workspace)) {
            JsonNode all = json(after, "claims", "list", "--json");
            Map<String, JsonNode> byId = new HashMap<>();
            all.forEach(c -> byId.put(c.get("id").asText(), c));
            acknowledgedClaims.forEach((id, note) -> {
                assertThat(byId).as("acknowledged claim " + id).containsKey(id);
                assertThat(byId.get(id).get("notes").findValuesAsText("text")).containsExactly(note);
            });
            assertThat(byId.get(noted).get("notes").findValuesAsText("text")).containsAll(acknowledgedNotes);
        }
    }

    /**
     * The framework in a process of its own, writing claims as fast as it can (an added claim, then a note on
     * the first claim, over and over) and printing each write once acknowledged; killed with SIGKILL at a moment
     * the writes do not choose.
     */
    @Test
    void aFrameworkKilledInATightLoopOfWritesLosesNothingAcknowledged() throws Exception {
        Path workspace = dir.resolve("tight");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(javaCommand, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Writer.class.getName(), Distribution.home().toString(),
                workspace.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (var lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            int killAfter = 40 + new Random().nextInt(40);
            for (String line; (line = lines.readLine()) != null;) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(line.substring(4));
                    if (acknowledged.size() == killAfter) {
                        // SIGKILL through the handle: Process.destroyForcibly would also close the pipe, whose
                        // lines written before the kill are acknowledged writes still to read.
                        writer.toHandle().destroyForcibly();
                    }
                }
            }
        } finally {
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);

        try (FelixRuntime after = FelixRuntime.start(workspace)) {
            Map<String, JsonNode> byId = new HashMap<>();
            json(after, "claims", "list", "--json").forEach(c -> byId.put(c.get("id").asText(), c));
            List<String> notesOfFirst = byId.get("c1").get("notes").findValuesAsText("text");
            for (String ack : acknowledged) {
                String[] parts = ack.split(" ", 2); // "c12 added 11" or "c1 note 11"
                assertThat(byId).as("acknowledged " + ack).containsKey(parts[0]);
                if (parts[1].startsWith("added")) {
                    assertThat(byId.get(parts[0]).get("notes").findValuesAsText("text")).startsWith(parts[1]);
                } else {
                    assertThat(notesOfFirst).as("acknowledged " + ack).contains(parts[1]);
                }
            }
        }
    }

    /** The writing process of {@link #aFrameworkKilledInATightLoopOfWritesLosesNothingAcknowledged}. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            FelixRuntime runtime = FelixRuntime.start(Path.of(args[0]), Path.of(args[1]));
            for (int i = 0; ; i++) {
                String note = "added " + i;
                CommandResult added = runtime.run("claims", "add", "--json", "--doc", ARTICLE_000, "--quote", SPEND,
                        "--note", note);
                if (added.exitCode() == 0) {
                    System.out.println("ack " + added.json().get("id").asText() + " " + note);
                    System.out.flush();
                }
                if (runtime.run("claims", "set", "c1", "note=note " + i).exitCode() == 0) {
                    System.out.println("ack c1 note " + i);
                    System.out.flush();
                }
            }
        }
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndConcurrentEditsAreAllKept() throws Exception {
        JsonNode claim = json(runtime, "claims", "add", "--json", "--doc", ARTICLE_000, "--quote",
                "le chatbot Doubao de ByteDance domine actuellement le marché chinois");
        String id = claim.get("id").asText();
        assertThat(claim.get("version").asInt()).isEqualTo(1);

        CommandResult mine = runtime.run("claims", "set", "--if-version", "1", id, "status=disputed",
                "status-note=une seule source");
        assertThat(mine.exitCode()).as(mine.toString()).isZero();
        CommandResult theirs = runtime.run("claims", "set", "--if-version", "1", id, "status=verified");
        assertThat(theirs.exitCode()).as(theirs.toString()).isEqualTo(1);
        assertThat(theirs.err().strip()).isEqualTo("atelier: claims set: claim " + id
                + " is at version 2, not 1: it changed meanwhile; show it again and redo the change");
        JsonNode now = json(runtime, "claims", "show", "--json", id);
        assertThat(now.get("status").asText()).isEqualTo("disputed");
        assertThat(now.get("version").asInt()).isEqualTo(2);

        int editors = 3;
        int edits = 8;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Integer>>> codes = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            String editor = "e" + e;
            codes.add(pool.submit(() -> {
                go.await();
                List<Integer> exits = new ArrayList<>();
                for (int i = 0; i < edits; i++) {
                    exits.add(runtime.run("claims", "set", id, "tag=+" + editor + "-" + i).exitCode());
                }
                return exits;
            }));
        }
        go.countDown();
        for (Future<List<Integer>> f : codes) {
            assertThat(f.get(120, TimeUnit.SECONDS)).containsOnly(0);
        }
        pool.shutdown();
        JsonNode last = json(runtime, "claims", "show", "--json", id);
        assertThat(last.get("tags")).hasSize(editors * edits);
        assertThat(last.get("version").asInt()).isEqualTo(2 + editors * edits);
    }

    @Test
    void eachRuleOfTheFrenchSuggesterInTheFramework() throws Exception {
        String doc = importFixture(runtime, "rules/regles.txt");
        JsonNode suggestions = json(runtime, "claims", "suggest", "--json", doc);
        Map<String, JsonNode> byQuote = new HashMap<>();
        suggestions.forEach(s -> byQuote.put(s.get("quote").asText(), s));

        assertRule(byQuote, "Avec ses 51 millions d’utilisateurs actifs", "quantity: 51 millions d’utilisateurs",
                null, false);
        assertThat(byQuote.get(sentence(byQuote, "Avec ses 51")).get("figures").get(0).get("value").asLong())
                .isEqualTo(51_000_000L);
        assertRule(byQuote, "La part de marché de Huawei", "percent: 12 %", null, false);
        assertRule(byQuote, "Selon le Financial Times", "attribution: \"Selon le Financial Times\"",
                "le Financial Times", false);
        assertRule(byQuote, "D’après Bloomberg", "attribution: \"D’après Bloomberg\"", "Bloomberg", false);
        assertRule(byQuote, "Les fournisseurs de services cloud soutiennent", "attribution: \"soutiennent que\"",
                "Les fournisseurs de services cloud", false);
        assertRule(byQuote, "« Nous respectons les règles »", "attribution: \"a déclaré\"",
                "le porte-parole de Nvidia", false);
        assertRule(byQuote, "Nvidia a confirmé", "attribution: \"a confirmé\"", "Nvidia", false);
        assertRule(byQuote, "Pour cela, ByteDance utiliserait", "conditional: \"utiliserait\"", null, true);
        assertRule(byQuote, "Le groupe s’apprête à ouvrir", "announced: \"s’apprête à\"", null, true);
        assertRule(byQuote, "Selon certaines sources, Alibaba", "unnamed sources: \"Selon certaines sources\"",
                "certaines sources", true);

        for (String excluded : List.of("Une règle par phrase", "Mais combien ByteDance", "Un intertitre",
                "Lire ensuite", "Image par XanderSt", "Le choix de Huawei est aussi")) {
            assertThat(byQuote.keySet()).as("not a claim: " + excluded).noneMatch(q -> q.startsWith(excluded));
        }
        for (JsonNode s : suggestions) {
            assertThat(s.get("confidence").asDouble()).isBetween(0.4, 1.0);
            assertThat(s.get("id").asText()).isEqualTo(doc.substring(0, 8) + "-" + s.get("start").asInt() + "-"
                    + s.get("end").asInt());
            assertThat(s.get("path").asText()).isEqualTo("regles.txt");
        }
    }

    private static String sentence(Map<String, JsonNode> byQuote, String opening) {
        return byQuote.keySet().stream().filter(q -> q.startsWith(opening)).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion starting with " + opening + " in "
                        + byQuote.keySet()));
    }

    private static void assertRule(Map<String, JsonNode> byQuote, String opening, String reason, String claimant,
            boolean hedged) {
        JsonNode s = byQuote.get(sentence(byQuote, opening));
        List<String> reasons = new ArrayList<>();
        s.get("reasons").forEach(r -> reasons.add(r.asText()));
        assertThat(reasons).as(opening).anyMatch(r -> r.startsWith(reason));
        if (claimant != null) {
            assertThat(s.get("claimant").asText()).as(opening).isEqualTo(claimant);
        }
        assertThat(s.get("hedged").asBoolean()).as(opening).isEqualTo(hedged);
    }

    @Test
    void theShippedArticlesGroupTheSevenBillionDollarSpendAndAcceptingKeepsTheGroup() throws Exception {
        Path workspace = dir.resolve("groups");
        String accepted;
        String group;
        List<String> ids;
        try (FelixRuntime first = FelixRuntime.start(workspace)) {
            JsonNode all = json(first, "claims", "suggest", "--json");
            ids = all.findValuesAsText("id");
            List<JsonNode> spend = new ArrayList<>();
            all.forEach(s -> {
                if (s.get("figures").findValuesAsText("normalized").contains("7000000000 USD")) {
                    spend.add(s);
                }
            });
            assertThat(spend).extracting(s -> s.get("path").asText())
                    .containsExactly("000_5015eb457969e82a.txt", "004_0afdbc2315d05444.txt");
            group = spend.get(0).get("group").asText();
            assertThat(group).matches("g[0-9a-f]{8}");
            assertThat(spend.get(1).get("group").asText()).isEqualTo(group);
            Set<String> groups = new TreeSet<>(all.findValuesAsText("group"));
            long grouped = 0;
            for (JsonNode s : all) {
                grouped += s.get("group").isNull() ? 0 : 1;
            }
            assertThat(grouped).as("grouping is not everything in one heap").isLessThan(all.size() / 2);
            assertThat(groups).isNotEmpty();

            accepted = spend.get(1).get("id").asText();
            JsonNode claim = json(first, "claims", "accept", "--json", accepted);
            assertThat(claim.get("group").asText()).isEqualTo(group);
            assertThat(claim.get("suggestion").asText()).isEqualTo(accepted);
            assertThat(claim.get("claimant").asText()).isEqualTo("The Information");
            assertThat(claim.get("reasons")).isNotEmpty();
            assertThat(claim.get("confidence").asDouble()).isGreaterThan(0.4);
            CommandResult shown = first.run("claims", "show", claim.get("id").asText());
            assertThat(shown.out()).contains("Group:       " + group)
                    .contains("suggestion " + spend.get(0).get("id").asText() + " in 000_5015eb457969e82a.txt");
        }
        try (FelixRuntime again = FelixRuntime.start(workspace)) {
            JsonNode all = json(again, "claims", "suggest", "--json");
            assertThat(all.findValuesAsText("id")).isEqualTo(ids);
            for (JsonNode s : all) {
                if (s.get("id").asText().equals(accepted)) {
                    assertThat(s.get("claim").asText()).isEqualTo("c1");
                    assertThat(s.get("group").asText()).isEqualTo(group);
                }
                if (s.get("figures").findValuesAsText("normalized").contains("7000000000 USD")) {
                    assertThat(s.get("group").asText()).isEqualTo(group);
                }
            }
        }
    }

    @Test
    void theCommandLineExitsTwoOnWrongUsageWithOneLineAndAcceptsFromAnotherProcess() throws Exception {
        Path workspace = dir.resolve("cli");
        CommandResult help = AtelierCli.run(workspace, "claims", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("usage: atelier claims SUBCOMMAND...", "suggest [--json]",
                "link [--json] ID1 ID2 corroborates|contradicts|same-as");

        // Suggested by one process, accepted by another: suggestion ids are the same from run to run.
        CommandResult suggested = AtelierCli.run(workspace, "claims", "suggest", "--json", ARTICLE_000);
        assertThat(suggested.exitCode()).as(suggested.toString()).isZero();
        String suggestion = suggested.json().get(0).get("id").asText();
        CommandResult accepted = AtelierCli.run(workspace, "claims", "accept", suggestion);
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(accepted.out()).startsWith("Accepted " + suggestion + " as c1");

        Map<List<String>, String> wrong = new java.util.LinkedHashMap<>();
        wrong.put(List.of("claims"), "atelier: claims: give a subcommand");
        wrong.put(List.of("claims", "frobnicate"), "atelier: claims: unknown subcommand 'frobnicate'");
        wrong.put(List.of("claims", "show", "c404"), "atelier: claims show: no claim 'c404'");
        wrong.put(List.of("claims", "add", "--doc", ARTICLE_000, "--quote", "une phrase absente"),
                "atelier: claims add: the quote \"une phrase absente\" is not in document " + ARTICLE_000);
        wrong.put(List.of("claims", "set", "c1", "status=faux"), "atelier: claims set: unknown status 'faux'");
        wrong.put(List.of("claims", "accept", "00000000-1-2"), "atelier: claims accept: no suggestion '00000000-1-2'");
        wrong.put(List.of("claims", "link", "c1", "c1", "friends"), "atelier: claims link: unknown link type");
        // Sent to a running workbench, as from a second terminal: the same command line, started faster.
        try (var workbench = AtelierCli.startWorkbench(Distribution.home(), workspace)) {
            for (Map.Entry<List<String>, String> use : wrong.entrySet()) {
                CommandResult r = AtelierCli.run(workspace, use.getKey().toArray(String[]::new));
                assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
                assertThat(r.err().lines().count()).as(r.toString()).isEqualTo(1);
                assertThat(r.err()).as(r.toString()).startsWith(use.getValue()).doesNotContain("Exception");
                assertThat(r.out()).as(r.toString()).isEmpty();
            }
        }
    }
}
