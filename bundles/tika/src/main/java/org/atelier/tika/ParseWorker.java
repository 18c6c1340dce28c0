package org.atelier.tika;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.corpus.SourceFile;

/**
 * Runs extractions on threads of its own and hands their documents to the caller's thread as they come, so that
 * a parser that hangs (a hostile PDF, a stuck Tesseract) can be abandoned: the caller stops waiting once the
 * extraction has given nothing for the timeout, interrupts it and reports one line. The queue between the two is
 * small, so a mailbox of 100,000 messages is read no faster than the importer stores it.
 */
final class ParseWorker implements AutoCloseable {
    /** An extraction, run on a worker thread. */
    interface Extraction {
        void run(ExtractionEvents events) throws Exception;
    }

    private sealed interface Event {}

    private record Found(ParsedDocument document) implements Event {}

    private record Problem(String part, String reason) implements Event {}

    private record Finished(Throwable failure) implements Event {}

    private final ExecutorService executor;

    ParseWorker(ClassLoader tikaLoader) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "atelier-tika-" + count.incrementAndGet());
            thread.setDaemon(true);
            // Tika and the libraries it calls look up services and resources through the context class loader.
            thread.setContextClassLoader(tikaLoader);
            return thread;
        };
        // Unbounded: a thread stuck in a parser that ignores interruption must not hold up the next file.
        executor = Executors.newCachedThreadPool(threads);
    }

    /**
     * Runs {@code extraction} and hands its documents to {@code documents} on this thread.
     *
     * @throws InvalidSourceException when the extraction fails (its reason), or gives nothing for
     *                                {@code timeoutSeconds}
     */
    void run(SourceFile source, int timeoutSeconds, Extraction extraction, Consumer<ParsedDocument> documents)
            throws IOException {
        BlockingQueue<Event> events = new ArrayBlockingQueue<>(16);
        ExtractionEvents sink = new ExtractionEvents() {
            @Override
            public void document(ParsedDocument document) throws InterruptedException {
                events.put(new Found(document));
            }

            @Override
            public void problem(String part, String reason) throws InterruptedException {
                events.put(new Problem(part, reason));
            }
        };
        Future<?> running = executor.submit(() -> {
            Throwable failure = null;
            try {
                extraction.run(sink);
            } catch (Throwable e) {
                failure = e;
            }
            try {
                events.put(new Finished(failure));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        try {
            while (true) {
                Event event = events.poll(timeoutSeconds, TimeUnit.SECONDS);
                if (event == null) {
                    running.cancel(true);
                    throw new InvalidSourceException("gave up after " + timeoutSeconds + " s");
                }
                switch (event) {
                    case Found found -> documents.accept(found.document());
                    case Problem problem -> source.invalidPart(problem.part(), problem.reason());
                    case Finished finished -> {
                        rethrow(finished.failure());
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new InvalidSourceException("interrupted");
        } finally {
            // The caller may stop taking documents (its consumer threw): the extraction stops too.
            running.cancel(true);
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IOException(failure.getMessage(), failure);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
