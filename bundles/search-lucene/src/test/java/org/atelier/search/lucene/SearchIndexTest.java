package org.atelier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentMetadata;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.search.QuerySyntaxException;
import org.atelier.api.search.SearchHit;
import org.atelier.api.search.SearchRequest;
import org.atelier.api.search.SearchResult.FacetCount;
import org.atelier.api.search.SearchResult;
import org.atelier.api.search.Snippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path workspace;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private MemoryStore store;
    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        store = Articles.into(new MemoryStore());
        index = open(store);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    /** Searches wait until the index is complete here, so that a slow machine makes no test partial. */
    private SearchIndex open(MemoryStore documents) throws IOException {
        return open(documents, SearchIndex.Settings.DEFAULT.withSearchWaitMs(Long.MAX_VALUE));
    }

    private SearchIndex open(MemoryStore documents, SearchIndex.Settings settings) throws IOException {
        SearchIndex opened = SearchIndex.open(folder(), documents, settings, (message, cause) -> warnings.add(message));
        documents.listen(opened);
        return opened;
    }

    /** {@code count} short articles, each with the word puce. */
    private static MemoryStore numbered(int count) {
        MemoryStore many = new MemoryStore();
        for (int i = 0; i < count; i++) {
            many.put(MemoryStore.info(String.format("doc%05d", i), "Article " + i, "Outlet " + (i % 3), "fr", null),
                    "Une puce " + "rapide ".repeat(i % 7) + "numéro " + i + ".");
        }
        return many;
    }

    /**
     * Starts the index again on an empty folder over {@code count} numbered articles, its rebuild held after
     * {@code held} of them until the store is released; searches answer as the workbench's do, at once.
     */
    private MemoryStore rebuildHeldAfter(int held, int count) throws Exception {
        index.close();
        deleteFolder(folder());
        MemoryStore many = numbered(count);
        many.holdWalksAfter(held);
        index = open(many, SearchIndex.Settings.DEFAULT);
        assertThat(many.awaitHeld(30)).isTrue();
        return many;
    }

    private void awaitComplete() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (index.indexing() != null) {
            assertThat(System.nanoTime()).as("indexing still at %s", index.indexing()).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private Path folder() {
        return workspace.resolve("index/search");
    }

    private List<String> ids(String query) throws Exception {
        return index.search(SearchRequest.of(query).withLimit(100)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void findsTheStoredDocumentsWhenOpened() throws Exception {
        assertThat(index.size()).isEqualTo(4);
        assertThat(ids("puce")).containsExactlyInAnyOrder("sanctions", "huawei", "a100");
    }

    @Test
    void matchesGivesEveryMatchOfOneDocumentBeyondItsSnippets() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            text.append("Phrase ").append(i).append(" : des puces, encore des puces et des serveurs. ");
        }
        store.put(MemoryStore.info("many", "Tant de puces", "Le Monde", "fr", "2025-02-01"), text.toString());
        List<Snippet.Span> matches = index.matches("puce", "many");
        assertThat(matches).hasSize(16);
        assertThat(matches).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("puces"));
        assertThat(index.search(SearchRequest.of("puce")).hits().stream().filter(h -> h.id().equals("many"))
                .flatMap(h -> h.snippets().stream()).mapToInt(s -> s.matches().size()).sum()).isLessThan(16);
        assertThat(index.matches("serveur AND puce", "many")).hasSize(24);
        assertThat(index.matches("puce", "weather")).isEmpty();
        assertThat(index.matches("puce", "no-such-document")).isEmpty();
    }

    @Test
    void accentsPluralsAndElisionDoNotMatter() throws Exception {
        assertThat(ids("electroniques")).containsExactly("sanctions");
        assertThat(ids("Électronique")).containsExactly("sanctions");
        assertThat(ids("americaine")).containsExactly("sanctions");
        assertThat(ids("IA")).containsExactlyInAnyOrder("huawei", "a100");
        assertThat(ids("l’ia")).containsExactlyInAnyOrder("huawei", "a100");
    }

    @Test
    void productNamesAndHyphenatedNames() throws Exception {
        assertThat(ids("H20")).containsExactly("sanctions");
        assertThat(ids("a100")).containsExactly("a100");
        assertThat(ids("\"Ascend 910B\"")).containsExactly("huawei");
        assertThat(ids("Etats-Unis")).containsExactly("sanctions");
        assertThat(ids("\"etats unis\"")).containsExactly("sanctions");
        assertThat(ids("unis")).containsExactly("sanctions");
        assertThat(ids("Sud-Est")).containsExactly("huawei");
    }

    @Test
    void booleansPhrasesProximityPrefixesAndFuzzyWords() throws Exception {
        assertThat(ids("puce AND huawei")).containsExactly("huawei");
        assertThat(ids("puce huawei")).containsExactly("huawei");
        assertThat(ids("puce NOT huawei")).containsExactlyInAnyOrder("sanctions", "a100");
        assertThat(ids("puce -huawei -nvidia")).containsExactly("a100");
        assertThat(ids("(nvidia OR huawei) AND puces")).containsExactlyInAnyOrder("sanctions", "huawei");
        assertThat(ids("\"puces électroniques\"")).containsExactly("sanctions");
        assertThat(ids("\"puce modèle\"~6")).containsExactly("a100");
        assertThat(ids("\"puce modèle\"")).isEmpty();
        assertThat(ids("electroni*")).containsExactly("sanctions");
        assertThat(ids("puces*")).containsExactlyInAnyOrder("sanctions", "huawei");
        assertThat(ids("nvidai~1")).containsExactly("sanctions");
        assertThat(ids("-puce")).containsExactly("weather");
    }

    @Test
    void metadataAreFieldsAndSnippetsSayTheirPage() throws Exception {
        String page1 = "Rapport annuel sur les semi-conducteurs.\n";
        String page2 = "Les 𝑥 exportations de puces vers Pékin ont baissé.\n";
        String page3 = "Annexe : méthode.\n";
        String text = page1 + page2 + page3;
        int second = page1.codePointCount(0, page1.length());
        int third = second + page2.codePointCount(0, page2.length());
        DocumentInfo info = new DocumentInfo("rapport", "Rapport", "rapport.pdf", "fr", 2000, null, "2024-06-01",
                Instant.EPOCH, null, null, null, List.of(), Map.of(
                        DocumentMetadata.AUTHOR, List.of("Hélène Dupont"),
                        DocumentMetadata.FROM, List.of("Service de presse <presse@example.org>"),
                        DocumentMetadata.SUBJECT, List.of("Bilan des exportations"),
                        DocumentMetadata.CONTENT_TYPE, List.of("application/pdf")), 3);
        store.put(new Document(info, text, List.of(0, second, third)));

        assertThat(ids("author:helene")).containsExactly("rapport");
        assertThat(ids("author:dupont AND pekin")).containsExactly("rapport");
        assertThat(ids("from:presse")).containsExactly("rapport");
        assertThat(ids("subject:exportation")).containsExactly("rapport");
        assertThat(ids("type:\"application/pdf\"")).containsExactly("rapport");
        assertThat(ids("author:martin")).isEmpty();

        SearchHit hit = index.search(SearchRequest.of("pekin")).hits().get(0);
        assertThat(hit.snippets()).singleElement().satisfies(snippet -> {
            assertThat(snippet.page()).isEqualTo(2);
            assertThat(snippet.text()).startsWith("Les");
        });
        assertThat(index.search(SearchRequest.of("methode")).hits().get(0).snippets().get(0).page()).isEqualTo(3);
        assertThat(index.search(SearchRequest.of("huawei")).hits().get(0).snippets().get(0).page()).isZero();
    }

    @Test
    void fieldsAndDates() throws Exception {
        assertThat(ids("title:puce")).containsExactlyInAnyOrder("sanctions", "a100");
        assertThat(ids("source:monde")).containsExactlyInAnyOrder("sanctions", "a100");
        assertThat(ids("source:echos")).containsExactly("huawei");
        assertThat(ids("lang:en")).containsExactly("weather");
        assertThat(ids("exact:puce")).containsExactlyInAnyOrder("sanctions", "a100");
        assertThat(ids("date:[2024-01-01 TO 2025-12-31]")).containsExactlyInAnyOrder("sanctions", "huawei", "a100");
        assertThat(ids("date:2025")).containsExactlyInAnyOrder("huawei", "a100");
        assertThat(ids("date:2025-01-10")).containsExactly("a100");
        assertThat(ids("puce date:{2025-01-10 TO *]")).containsExactly("huawei");
    }

    @Test
    void snippetsCarryTheOffsetsOfMatchesInTheStoredText() throws Exception {
        SearchResult result = index.search(SearchRequest.of("puces etats-unis"));
        SearchHit hit = result.hits().get(0);
        assertThat(hit.id()).isEqualTo("sanctions");
        String text = store.get("sanctions").map(Document::text).orElseThrow();
        List<String> matched = new ArrayList<>();
        for (Snippet snippet : hit.snippets()) {
            assertThat(text.substring(snippet.start(), snippet.start() + snippet.text().length())).isEqualTo(snippet.text());
            snippet.matches().forEach(m -> matched.add(text.substring(m.start(), m.end())));
        }
        assertThat(matched).contains("puces", "puce", "États-Unis");
    }

    @Test
    void exactMatchesAreHighlightedInTheText() throws Exception {
        SearchHit hit = index.search(SearchRequest.of("exact:puces")).hits().get(0);
        String text = store.get(hit.id()).map(Document::text).orElseThrow();
        assertThat(hit.snippets()).isNotEmpty();
        hit.snippets().forEach(s -> s.matches().forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("puces")));
    }

    @Test
    void aTitleOnlyHitShowsTheStartOfItsText() throws Exception {
        SearchHit hit = index.search(SearchRequest.of("title:report")).hits().get(0);
        assertThat(hit.snippets()).hasSize(1);
        assertThat(hit.snippets().get(0).matches()).isEmpty();
        assertThat(hit.snippets().get(0).start()).isZero();
    }

    @Test
    void facetsCountEveryHitAndFiltersNarrowThem() throws Exception {
        SearchResult result = index.search(SearchRequest.of("puce OR weather").withLimit(1).withFacets(true));
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.facets().get(SearchRequest.SOURCE))
                .containsExactly(new FacetCount("Le Monde", 2), new FacetCount("Les Échos", 1), new FacetCount("Reuters", 1));
        assertThat(result.facets().get(SearchRequest.LANGUAGE))
                .containsExactly(new FacetCount("fr", 3), new FacetCount("en", 1));

        SearchResult filtered = index.search(SearchRequest.of("puce OR weather")
                .withFilter(SearchRequest.SOURCE, List.of("Le Monde", "Reuters")).withFilter(SearchRequest.LANGUAGE, List.of("FR")));
        assertThat(filtered.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("sanctions", "a100");
        assertThat(filtered.total()).isEqualTo(2);
    }

    @Test
    void newChangedAndRemovedDocumentsAreSearchableAtOnce() throws Exception {
        assertThat(ids("processeur")).isEmpty();
        store.put(MemoryStore.info("new", "Nouveau processeur", "Le Monde", "fr", null), "Un processeur neuf.");
        assertThat(ids("processeur")).containsExactly("new");
        store.put(MemoryStore.info("new", "Nouveau processeur", "Le Monde", "fr", null), "Un accélérateur neuf.");
        assertThat(ids("processeur")).containsExactly("new");
        assertThat(ids("accelerateur")).containsExactly("new");
        store.remove("new");
        assertThat(ids("accelerateur")).isEmpty();
        store.remove("huawei");
        assertThat(ids("puce")).containsExactlyInAnyOrder("sanctions", "a100");
    }

    @Test
    void reopenedIndexCatchesUpWithTheStore() throws Exception {
        index.close();
        store.listen(null);
        store.put(MemoryStore.info("later", "Imported while closed", null, "fr", null), "Un semi-conducteur.");
        store.remove("weather");
        index = open(store);
        assertThat(ids("semi-conducteur")).containsExactly("later");
        assertThat(ids("weather")).isEmpty();
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.wasRebuilt()).isFalse();
    }

    @Test
    void lostIndexIsRebuilt() throws Exception {
        index.close();
        deleteFolder(folder());
        index = open(store);
        assertThat(ids("puce")).containsExactlyInAnyOrder("sanctions", "huawei", "a100");
    }

    @Test
    void corruptIndexIsRebuilt() throws Exception {
        index.close();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                }
            }
        }
        index = open(store);
        assertThat(index.wasRebuilt()).isTrue();
        assertThat(warnings).anyMatch(w -> w.contains("cannot be read"));
        assertThat(ids("puce")).containsExactlyInAnyOrder("sanctions", "huawei", "a100");
    }

    @Test
    void reindexRebuildsFromTheStoreAndReportsProgress() throws Exception {
        List<String> items = new CopyOnWriteArrayList<>();
        int indexed = index.reindex(new ProgressMonitor() {
            @Override
            public void worked(int units, String item) {
                items.add(item);
            }
        });
        assertThat(indexed).isEqualTo(4);
        assertThat(items).hasSize(4);
        assertThat(ids("puce")).containsExactlyInAnyOrder("sanctions", "huawei", "a100");
    }

    @Test
    void pagesFollowOneAnotherByCursorAndByOffsetWithoutGapsOrRepeats() throws Exception {
        int count = SearchIndex.WALK_PAGE + 250;
        index.close();
        MemoryStore many = new MemoryStore();
        for (int i = 0; i < count; i++) {
            many.put(MemoryStore.info(String.format("doc%05d", i), "Article " + i, "Outlet " + (i % 3), "fr", null),
                    "Une puce " + "rapide ".repeat(i % 7) + "numéro " + i + ".");
        }
        index = open(many);
        awaitComplete();

        Set<String> seen = new HashSet<>();
        SearchRequest request = SearchRequest.of("puce").withLimit(SearchRequest.MAX_LIMIT);
        int pages = 0;
        while (true) {
            SearchResult page = index.search(request);
            assertThat(page.total()).isEqualTo(count);
            page.hits().forEach(h -> assertThat(seen.add(h.id())).as("repeated %s", h.id()).isTrue());
            pages++;
            if (page.next() == null) {
                break;
            }
            request = request.withAfter(page.next());
        }
        assertThat(seen).hasSize(count);
        assertThat(pages).isEqualTo(2);

        // Past the walk page by offset: the same hits as the cursor gives.
        SearchResult byOffset = index.search(SearchRequest.of("puce").withLimit(5).withOffset(SearchIndex.WALK_PAGE + 10));
        SearchResult first = index.search(SearchRequest.of("puce").withLimit(SearchRequest.MAX_LIMIT));
        SearchResult byCursor = index.search(SearchRequest.of("puce").withLimit(15).withAfter(first.next()));
        assertThat(byOffset.hits()).extracting(SearchHit::id)
                .containsExactlyElementsOf(byCursor.hits().subList(10, 15).stream().map(SearchHit::id).toList());
        assertThat(index.search(SearchRequest.of("puce").withOffset(count + 20_000)).hits()).isEmpty();
    }

    @Test
    void searchesDuringARebuildAnswerAtOnceWithWhatIsIndexedAndHowFar() throws Exception {
        MemoryStore many = rebuildHeldAfter(1_000, 3_000);
        try {
            SearchResult partial;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            do {
                long start = System.nanoTime();
                partial = index.search(SearchRequest.of("puce").withFacets(true));
                // The first searches wait out the moment a small catch-up takes; none waits for the walk.
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                        .isLessThan(SearchIndex.Settings.SEARCH_WAIT_MS + 2_000);
                assertThat(partial.indexing()).isEqualTo(new SearchResult.Indexing(1_000, 3_000));
            } while (partial.total() < 1_000 && System.nanoTime() < deadline);
            // The searcher is reopened as the walk goes on: what is indexed is found, facets and all.
            assertThat(partial.total()).isEqualTo(1_000);
            assertThat(partial.facets().get(SearchRequest.SOURCE)).extracting(FacetCount::count)
                    .containsExactly(334L, 333L, 333L);
        } finally {
            many.release();
        }
        awaitComplete();
        SearchResult complete = index.search(SearchRequest.of("puce"));
        assertThat(complete.indexing()).isNull();
        assertThat(complete.total()).isEqualTo(3_000);
        assertThat(index.size()).isEqualTo(3_000);
    }

    @Test
    void searchesWaitingForARebuildCountEveryDocumentWhenItEnds() throws Exception {
        index.close();
        deleteFolder(folder());
        MemoryStore many = numbered(3_000);
        many.holdWalksAfter(1_000);
        index = open(many, SearchIndex.Settings.DEFAULT.withSearchWaitMs(Long.MAX_VALUE));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            assertThat(many.awaitHeld(30)).isTrue();
            List<Future<SearchResult>> waiting = IntStream.range(0, 8)
                    .mapToObj(i -> threads.submit(() -> index.search(SearchRequest.of("puce"))))
                    .toList();
            Thread.sleep(200);
            assertThat(waiting).noneMatch(Future::isDone);
            many.release();
            for (Future<SearchResult> result : waiting) {
                // Each one, not only the first to wake, searches the index as the rebuild left it.
                assertThat(result.get(60, TimeUnit.SECONDS).total()).isEqualTo(3_000);
                assertThat(result.get().indexing()).isNull();
            }
        } finally {
            many.release();
            threads.shutdownNow();
        }
    }

    @Test
    void changesToldDuringAWalkWinOverIt() throws Exception {
        MemoryStore many = rebuildHeldAfter(1_000, 3_000);
        try {
            many.remove("doc00500");
            many.remove("doc02000");
            many.put(MemoryStore.info("doc02500", "Article changé", "Outlet 0", "fr", null), "Un processeur.");
            many.put(MemoryStore.info("late", "Arrivé pendant la reconstruction", null, "fr", null), "Un processeur.");
        } finally {
            many.release();
        }
        awaitComplete();
        assertThat(index.search(SearchRequest.of("puce")).total()).isEqualTo(2_997);
        assertThat(ids("processeur")).containsExactlyInAnyOrder("doc02500", "late");
        assertThat(ids("id:doc00500 OR id:doc02000")).isEmpty();
        assertThat(index.size()).isEqualTo(2_999);
    }

    @Test
    void aCatchUpReadsOnlyTheDocumentsTheIndexLacks() throws Exception {
        assertThat(index.size()).isEqualTo(4);
        index.close();
        store.listen(null);
        store.put(MemoryStore.info("later", "Imported while closed", null, "fr", null), "Un semi-conducteur.");
        int readsBefore = store.reads();
        index = open(store);
        assertThat(ids("semi-conducteur")).containsExactly("later");
        assertThat(store.reads() - readsBefore).isEqualTo(1);
    }

    @Test
    void aDocumentTheStoreCannotReadIsLeftOutAndTheRebuildGoesOn() throws Exception {
        assertThat(index.size()).isEqualTo(4);
        store.breakDocument("huawei");
        assertThat(index.reindex(ProgressMonitor.NONE)).isEqualTo(3);
        assertThat(warnings).anyMatch(w -> w.contains("huawei") && w.contains("cannot be read"));
        // Still held by the store: the version indexed before stays searchable.
        assertThat(ids("ascend")).containsExactly("huawei");

        index.close();
        deleteFolder(folder());
        warnings.clear();
        index = open(store);
        assertThat(ids("puce")).containsExactlyInAnyOrder("sanctions", "a100");
        assertThat(ids("weather")).containsExactly("weather");
        assertThat(warnings).anyMatch(w -> w.contains("huawei") && w.contains("cannot be read"));
    }

    @Test
    void starColonStarAndALoneStarFindEveryDocumentWithFacetsAndPages() throws Exception {
        assertThat(ids("*:*")).containsExactlyInAnyOrder("sanctions", "huawei", "a100", "weather");
        assertThat(ids("*")).containsExactlyInAnyOrder("sanctions", "huawei", "a100", "weather");
        assertThat(ids("*:* -huawei")).containsExactlyInAnyOrder("sanctions", "a100", "weather");

        SearchResult first = index.search(SearchRequest.of("*:*").withLimit(3).withFacets(true));
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hits()).hasSize(3);
        assertThat(first.facets().get(SearchRequest.SOURCE))
                .containsExactly(new FacetCount("Le Monde", 2), new FacetCount("Les Échos", 1), new FacetCount("Reuters", 1));
        assertThat(first.facets().get(SearchRequest.LANGUAGE))
                .containsExactly(new FacetCount("fr", 3), new FacetCount("en", 1));
        SearchResult second = index.search(SearchRequest.of("*:*").withLimit(3).withAfter(first.next()));
        assertThat(second.hits()).hasSize(1);
        assertThat(second.next()).isNull();
        Set<String> all = new HashSet<>();
        first.hits().forEach(h -> all.add(h.id()));
        second.hits().forEach(h -> all.add(h.id()));
        assertThat(all).hasSize(4);

        SearchResult english = index.search(SearchRequest.of("*").withFilter(SearchRequest.LANGUAGE, List.of("en")));
        assertThat(english.hits()).extracting(SearchHit::id).containsExactly("weather");
        // Every hit shows the start of its text, as a hit found by its title alone does.
        assertThat(english.hits().get(0).snippets()).hasSize(1);
    }

    @Test
    void malformedQueryIsASyntaxErrorWithItsPosition() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.search(SearchRequest.of("nvidia (puce")))
                .isInstanceOf(QuerySyntaxException.class)
                .extracting(e -> ((QuerySyntaxException) e).position()).isEqualTo(7);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }

}
