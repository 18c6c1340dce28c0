package org.atelier.tika;

import org.atelier.api.corpus.ParsedDocument;

/** Where an extraction running on a worker thread hands what it finds: back on the reader's caller thread. */
interface ExtractionEvents {
    /** A document, complete. */
    void document(ParsedDocument document) throws InterruptedException;

    /** One part of the source is left out, and why ({@code SourceFile.invalidPart}). */
    void problem(String part, String reason) throws InterruptedException;
}
