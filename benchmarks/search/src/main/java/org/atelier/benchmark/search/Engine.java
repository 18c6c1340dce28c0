package org.atelier.benchmark.search;

import java.io.Closeable;
import java.nio.file.Path;

/** A search engine under measure: it indexes the corpus into a folder, then answers queries. */
interface Engine extends Closeable {
    /** Indexes every article; returns once all are searchable and committed. */
    void index(BenchCorpus corpus, Path folder) throws Exception;

    /**
     * Answers a query as the workbench shows it: the exact total, the ten best hits with their id, title and
     * path, and up to three snippets each.
     *
     * @return the total
     */
    long search(String query) throws Exception;
}
