package org.atelier.corpus.importer;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The limits of an import, configured under the PID {@value FileImporter#PID} (for example in
 * {@code conf/org.atelier.corpus.import.cfg}). They keep a file too large to be a document, or an archive built
 * to expand without end, from exhausting memory.
 */
@ObjectClassDefinition(name = "Atelier corpus import",
        description = "Limits that keep an import from reading files too large to be documents, and archives "
                + "that expand without end.")
public @interface ImportSettings {
    @AttributeDefinition(name = "Largest file",
            description = "Bytes. A file larger than this fails to import; inside a zip archive, its size once "
                    + "expanded counts.")
    long maxFileBytes() default 50L * 1024 * 1024;

    @AttributeDefinition(name = "Largest expanded archive",
            description = "Bytes. Reading a zip archive stops when its entries have expanded to more than this.")
    long maxArchiveBytes() default 1024L * 1024 * 1024;

    @AttributeDefinition(name = "Most entries in an archive",
            description = "A zip archive with more entries than this is not opened.")
    int maxArchiveEntries() default 100_000;
}
