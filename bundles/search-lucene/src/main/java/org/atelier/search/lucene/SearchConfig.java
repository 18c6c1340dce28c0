package org.atelier.search.lucene;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of full-text search: {@code conf/org.atelier.search.cfg}. */
@ObjectClassDefinition(name = "Atelier search",
        description = "Full-text search over the corpus with Lucene, tuned for French")
public @interface SearchConfig {
    @AttributeDefinition(name = "Default operator",
            description = "How words without AND or OR between them combine",
            options = {@Option(label = "AND: every word must match", value = "AND"),
                       @Option(label = "OR: any word may match", value = "OR")})
    String operator() default "AND";

    @AttributeDefinition(name = "Title boost", description = "How much more a word counts in the title than in the text")
    float titleBoost() default 2f;

    @AttributeDefinition(name = "Snippets per hit", description = "The most passages shown for each hit (0 for none)", min = "0")
    int snippets() default 3;

    @AttributeDefinition(name = "Snippet length", description = "The length passages tend to, in characters", min = "20")
    int snippetLength() default 160;

    @AttributeDefinition(name = "Indexing buffer (MB)",
            description = "Memory for documents not yet written to index segments; more is faster for large imports",
            min = "1")
    double ramBufferMb() default 64;

    @AttributeDefinition(name = "Commit delay (ms)",
            description = "How long after a change the index is committed to disk; what a crash loses is indexed again at the next start",
            min = "0")
    long commitDelayMs() default 2000;
}
