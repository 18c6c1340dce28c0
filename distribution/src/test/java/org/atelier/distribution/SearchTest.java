package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Full-text search in the assembled distribution: Lucene inside Felix, and the search command over the shipped
 * corpus (five French articles, seeded into a new workspace), in the framework and as {@code bin/atelier}.
 * Articles are named by the first three characters of their file: {@code 000} to {@code 004}.
 */
class SearchTest {
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

    /** The articles a query finds, by the first three characters of their file name, sorted. */
    private static Set<String> articles(String query) {
        return articles(runtime, query);
    }

    private static Set<String> articles(FelixRuntime in, String query) {
        CommandResult result = in.run("search", "--json", "--limit", "100", query);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode json = result.json();
        Set<String> found = new TreeSet<>();
        json.get("hits").forEach(hit -> found.add(hit.get("path").asText().substring(0, 3)));
        assertThat(json.get("total").asLong()).as("total of %s", query).isEqualTo(found.size());
        return found;
    }

    @Test
    void luceneFindsItsCodecsAndAnalysisFactoriesInsideFelix() throws Exception {
        Bundle lucene = runtime.bundles().stream().filter(b -> b.getSymbolicName().equals("org.atelier.lucene"))
                .findFirst().orElseThrow();
        assertThat(lucene.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(lucene.getHeaders().get("Export-Package")).contains("org.apache.lucene.analysis.fr;version=\"10.6.0\"");
        ClassLoader loader = lucene.adapt(BundleWiring.class).getClassLoader();

        Object codec = call(loader, "org.apache.lucene.codecs.Codec", "getDefault");
        assertThat((String) invoke(codec, "getName")).startsWith("Lucene");
        @SuppressWarnings("unchecked")
        Set<String> tokenizers = (Set<String>) call(loader, "org.apache.lucene.analysis.TokenizerFactory", "availableTokenizers");
        assertThat(tokenizers).hasSizeGreaterThan(1).contains("standard", "keyword", "whitespace");
        Object stemmer = call(loader, "org.apache.lucene.analysis.TokenFilterFactory", "forName", "frenchLightStem",
                new HashMap<String, String>());
        assertThat(stemmer.getClass().getName()).isEqualTo("org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory");
    }

    @Test
    void luceneWritesReopensAndSearchesAnIndexInsideFelix() throws Exception {
        Bundle lucene = runtime.bundles().stream().filter(b -> b.getSymbolicName().equals("org.atelier.lucene"))
                .findFirst().orElseThrow();
        ClassLoader loader = lucene.adapt(BundleWiring.class).getClassLoader();
        Path folder = Files.createDirectories(dir.resolve("raw-index"));

        Object directory = call(loader, "org.apache.lucene.store.FSDirectory", "open", folder);
        Object analyzer = create(loader, "org.apache.lucene.analysis.fr.FrenchAnalyzer");
        Object config = create(loader, "org.apache.lucene.index.IndexWriterConfig", analyzer);
        Object writer = create(loader, "org.apache.lucene.index.IndexWriter", directory, config);
        Object stored = loader.loadClass("org.apache.lucene.document.Field$Store").getField("YES").get(null);
        Object document = create(loader, "org.apache.lucene.document.Document");
        invoke(document, "add", create(loader, "org.apache.lucene.document.TextField", "text",
                "Les puces électroniques des États-Unis", stored));
        invoke(writer, "addDocument", document);
        invoke(writer, "close");
        invoke(directory, "close");

        Object reopened = call(loader, "org.apache.lucene.store.FSDirectory", "open", folder);
        Object reader = call(loader, "org.apache.lucene.index.DirectoryReader", "open", reopened);
        Object searcher = create(loader, "org.apache.lucene.search.IndexSearcher", reader);
        Object term = create(loader, "org.apache.lucene.index.Term", "text", "electron");
        Object query = create(loader, "org.apache.lucene.search.TermQuery", term);
        assertThat(invoke(searcher, "count", query)).isEqualTo(1);
        Object codec = call(loader, "org.apache.lucene.codecs.Codec", "getDefault");
        Object segments = call(loader, "org.apache.lucene.index.SegmentInfos", "readLatestCommit", reopened);
        Object first = invoke(segments, "info", 0);
        Object info = first.getClass().getField("info").get(first);
        assertThat(invoke(invoke(info, "getCodec"), "getName")).isEqualTo(invoke(codec, "getName"));
        invoke(reader, "close");
        invoke(reopened, "close");
    }

    @Test
    void accentsDoNotMatter() {
        assertThat(articles("Pékin")).containsExactly("003");
        assertThat(articles("pekin")).containsExactly("003");
        assertThat(articles("américaines")).isEqualTo(articles("americaines")).hasSize(5);
        assertThat(articles("géants")).isEqualTo(articles("GEANTS")).hasSize(5);
    }

    @Test
    void singularFindsPluralAndPluralFindsSingular() {
        assertThat(articles("restriction")).containsExactly("000", "001", "002", "004");
        assertThat(articles("restrictions")).containsExactly("000", "001", "002", "004");
        assertThat(articles("exportations")).containsExactly("000", "001", "003", "004");
        assertThat(articles("milliard")).containsExactly("000", "004");
        // Only 004 has the word in the singular ("une très grande puce"): the exact field tells them apart.
        assertThat(articles("exact:puce")).containsExactly("004");
        assertThat(articles("puce")).containsExactly("000", "001", "002", "003", "004");
    }

    @Test
    void elisionWithEitherApostrophe() {
        assertThat(articles("l'exportation")).containsExactly("000", "001", "003", "004");
        assertThat(articles("l’exportation")).containsExactly("000", "001", "003", "004");
        assertThat(articles("d’exportation")).containsExactly("000", "001", "003", "004");
        assertThat(articles("l'IA")).isEqualTo(articles("IA")).isEqualTo(articles("l’ia")).hasSize(5);
    }

    @Test
    void productAndHyphenatedNames() {
        assertThat(articles("H20")).containsExactly("001", "002", "004");
        assertThat(articles("h100")).containsExactly("001", "004");
        assertThat(articles("A100")).containsExactly("002");
        assertThat(articles("\"Ascend 910B\"")).containsExactly("002");
        assertThat(articles("Sud-Est")).containsExactly("000");
        assertThat(articles("\"sud est\"")).containsExactly("000");
        assertThat(articles("Etats-Unis")).containsExactly("000", "001", "002", "003", "004");
    }

    @Test
    void phrasesAndProximity() {
        assertThat(articles("\"puces Nvidia\"")).containsExactly("000", "001", "002", "004");
        assertThat(articles("\"intelligence artificielle\"")).containsExactly("000", "002", "003", "004");
        assertThat(articles("\"puces d’IA\"")).containsExactly("003", "004");
        // "Alibaba, Tencent et Bytedance" (001), "Alibaba et ByteDance" (003): the stop word keeps its place.
        assertThat(articles("\"Alibaba Tencent\"")).containsExactly("001");
        assertThat(articles("\"Alibaba ByteDance\"")).isEmpty();
        assertThat(articles("\"Alibaba ByteDance\"~1")).containsExactly("003");
        assertThat(articles("\"Alibaba ByteDance\"~2")).containsExactly("001", "003");
    }

    @Test
    void booleans() {
        assertThat(articles("Huawei AND Ascend")).containsExactly("002");
        assertThat(articles("Huawei Ascend")).containsExactly("002");
        assertThat(articles("Nvidia NOT Huawei")).containsExactly("000", "001", "003", "004");
        assertThat(articles("Nvidia -Huawei -Alibaba")).containsExactly("000");
        assertThat(articles("(Alibaba OR Tencent) AND cloud")).containsExactly("001");
        assertThat(articles("+TikTok +milliards")).containsExactly("000", "004");
        assertThat(articles("Zhang OR Reuters")).containsExactly("002", "004");
    }

    @Test
    void wildcardsAndFuzzyWords() {
        assertThat(articles("semi*")).containsExactly("002");
        assertThat(articles("blockch*")).containsExactly("001");
        assertThat(articles("Pék*")).containsExactly("003");
        assertThat(articles("pek*")).containsExactly("003");
        assertThat(articles("Tenc?nt")).containsExactly("001");
        assertThat(articles("Huawey~1")).containsExactly("002");
        assertThat(articles("Tencant~1")).containsExactly("001");
    }

    @Test
    void fieldsAndFacets() {
        assertThat(articles("title:Pékin")).containsExactly("003");
        assertThat(articles("lang:fr")).hasSize(5);
        assertThat(articles("lang:en")).isEmpty();
        CommandResult result = runtime.run("search", "--json", "--facets", "--limit", "1", "puces");
        JsonNode json = result.json();
        assertThat(json.get("total").asLong()).isEqualTo(5);
        assertThat(json.get("hits")).hasSize(1);
        assertThat(json.get("facets").get("lang").get("fr").asLong()).isEqualTo(5);
    }

    @Test
    void snippetMatchesAreOffsetsIntoTheStoredText() throws Exception {
        JsonNode hit = runtime.run("search", "--json", "Ascend 910B").json().get("hits").get(0);
        String text = documentText(hit.get("id").asText());
        List<String> matched = new ArrayList<>();
        for (JsonNode snippet : hit.get("snippets")) {
            int start = snippet.get("start").asInt();
            assertThat(text.substring(start, start + snippet.get("text").asText().length()))
                    .isEqualTo(snippet.get("text").asText());
            snippet.get("matches").forEach(m -> matched.add(text.substring(m.get(0).asInt(), m.get(1).asInt())));
        }
        assertThat(matched).isNotEmpty().allMatch(m -> m.equals("Ascend") || m.equals("910B"));
    }

    @Test
    void aNewDocumentIsFoundAtOnceAndARemovedOneIsGone() throws Exception {
        assertThat(articles("TPU")).isEmpty();
        Path note = dir.resolve("note-sur-les-tpu.txt");
        Files.writeString(note, "Note sur les TPU\nGoogle loue ses accélérateurs TPU aux laboratoires français.\n",
                StandardCharsets.UTF_8);
        CommandResult imported = runtime.run("import", note.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        JsonNode hits = runtime.run("search", "--json", "tpu").json().get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("path").asText()).isEqualTo("note-sur-les-tpu.txt");
        CommandResult removed = runtime.run("remove", hits.get(0).get("id").asText());
        assertThat(removed.exitCode()).as(removed.toString()).isZero();
        assertThat(articles("TPU")).isEmpty();
    }

    @Test
    void theIndexSurvivesARestartAndADamagedIndexIsRebuilt() throws Exception {
        Path workspace = dir.resolve("restart");
        try (FelixRuntime first = FelixRuntime.start(workspace)) {
            assertThat(articles(first, "Huawei")).containsExactly("002");
        }
        Path index = workspace.resolve("index/search");
        assertThat(index.resolve("write.lock")).exists();
        try (FelixRuntime second = FelixRuntime.start(workspace)) {
            assertThat(articles(second, "Huawei")).containsExactly("002");
            assertThat(articles(second, "puce")).hasSize(5);
        }
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.write(file, "abîmé".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        try (FelixRuntime third = FelixRuntime.start(workspace)) {
            assertThat(articles(third, "Huawei")).containsExactly("002");
            assertThat(articles(third, "puce")).hasSize(5);
        }
        deleteTree(index);
        try (FelixRuntime fourth = FelixRuntime.start(workspace)) {
            assertThat(articles(fourth, "Pekin")).containsExactly("003");
        }
    }

    @Test
    void commandLineExitCodesAndFormats() throws Exception {
        Path workspace = dir.resolve("cli");
        CommandResult list = AtelierCli.run(workspace, "search", "puces", "nvidia");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).startsWith("5 documents match, 1 to 5:").contains("[puces] [Nvidia]");

        CommandResult quote = AtelierCli.run(workspace, "search", "puces AND \"etats");
        assertThat(quote.exitCode()).as(quote.toString()).isEqualTo(2);
        assertThat(quote.err().strip()).isEqualTo(
                "atelier: search: column 11 of the query: the quote opened here is never closed");
        assertThat(quote.out()).isEmpty();

        for (String bad : List.of("*puce", "auteur:dupont", "(puce OR nvidia", "puce)", "AND puce")) {
            CommandResult result = AtelierCli.run(workspace, "search", bad);
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.err().strip()).startsWith("atelier: search: column ").doesNotContain("\n")
                    .doesNotContain("Exception");
        }
        assertThat(AtelierCli.run(workspace, "search").exitCode()).isEqualTo(2);
        assertThat(AtelierCli.run(workspace, "search", "--limit", "0", "puce").exitCode()).isEqualTo(2);

        CommandResult json = AtelierCli.run(workspace, "search", "--json", "--limit", "2", "--offset", "1", "puce");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.json().get("total").asLong()).isEqualTo(5);
        assertThat(json.json().get("hits")).hasSize(2);
        assertThat(json.json().get("query").asText()).isEqualTo("puce");

        CommandResult csv = AtelierCli.run(workspace, "search", "--csv", "--limit", "1", "puce");
        assertThat(csv.exitCode()).as(csv.toString()).isZero();
        String[] rows = csv.out().split("\r\n");
        assertThat(rows).hasSize(6);
        assertThat(rows[0]).isEqualTo("rank,id,score,title,path,source,date,lang,snippet");
        assertThat(rows[1]).startsWith("1,");

        CommandResult reindex = AtelierCli.run(workspace, "reindex");
        assertThat(reindex.exitCode()).as(reindex.toString()).isZero();
        assertThat(reindex.out()).startsWith("Indexed 5 documents");
        assertThat(AtelierCli.run(workspace, "search", "--json", "huawei").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aHeadlessImportLeavesTheIndexHoldingWhatItImported() throws Exception {
        Path workspace = dir.resolve("headless-import");
        Path folder = Files.createDirectories(dir.resolve("headless-articles"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(folder.resolve("depeche-" + i + ".txt"),
                    "Dépêche " + i + "\n\nLe fondeur taïwanais annonce une usine numéro " + i + " à Kaohsiung.\n");
        }
        CommandResult imported = AtelierCli.run(workspace, "import", folder.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();

        // Read with Lucene itself, from the distribution's own bundle, before any other command opens the index:
        // the five seeded articles and the thirty imported are in its last commit.
        assertThat(indexedDocuments(workspace.resolve("index/search"))).isEqualTo(35);
        assertThat(AtelierCli.run(workspace, "search", "--json", "kaohsiung").json().get("total").asLong())
                .isEqualTo(30);
    }

    /** The documents in the last commit of the Lucene index in {@code folder}, read by the distribution's Lucene. */
    private static int indexedDocuments(Path folder) throws Exception {
        Path lucene;
        try (Stream<Path> jars = Files.list(Distribution.home().resolve("bundle"))) {
            lucene = jars.filter(jar -> jar.getFileName().toString().startsWith("org.atelier.lucene")).findFirst()
                    .orElseThrow();
        }
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {lucene.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Object directory = call(loader, "org.apache.lucene.store.FSDirectory", "open", folder);
            Class<?> directoryClass = loader.loadClass("org.apache.lucene.store.Directory");
            Object reader = loader.loadClass("org.apache.lucene.index.DirectoryReader")
                    .getMethod("open", directoryClass).invoke(null, directory);
            try {
                return (Integer) invoke(reader, "numDocs");
            } finally {
                invoke(reader, "close");
                invoke(directory, "close");
            }
        }
    }

    private static String documentText(String id) throws Exception {
        Object store = runtime.service("org.atelier.api.corpus.DocumentStore");
        Object document = ((java.util.Optional<?>) FelixRuntime.invoke(store, "get", id)).orElseThrow();
        return (String) FelixRuntime.invoke(document, "text");
    }

    /** Calls a static method of a class of the framework. */
    private static Object call(ClassLoader loader, String className, String method, Object... args) throws Exception {
        Class<?> type = loader.loadClass(className);
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && java.lang.reflect.Modifier.isStatic(m.getModifiers()) && fits(m.getParameterTypes(), args)) {
                return m.invoke(null, args);
            }
        }
        throw new NoSuchMethodException(className + "." + method);
    }

    private static Object create(ClassLoader loader, String className, Object... args) throws Exception {
        for (Constructor<?> c : loader.loadClass(className).getConstructors()) {
            if (fits(c.getParameterTypes(), args)) {
                return c.newInstance(args);
            }
        }
        throw new NoSuchMethodException(className + ".<init>");
    }

    private static Object invoke(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && fits(m.getParameterTypes(), args)) {
                m.setAccessible(true);
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + method);
    }

    private static boolean fits(Class<?>[] types, Object[] args) {
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i].isPrimitive() ? boxed(types[i]) : types[i];
            if (args[i] != null && !type.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> primitive) {
        return primitive == int.class ? Integer.class : primitive == long.class ? Long.class
                : primitive == boolean.class ? Boolean.class : primitive == float.class ? Float.class : Double.class;
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}
