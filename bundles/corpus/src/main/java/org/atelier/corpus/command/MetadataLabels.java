package org.atelier.corpus.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.atelier.api.corpus.DocumentMetadata;

/** How {@code show} names the metadata of a document, and in which order: the keys Atelier knows, then the rest. */
final class MetadataLabels {
    private static final Map<String, String> KNOWN = new java.util.LinkedHashMap<>();

    static {
        KNOWN.put(DocumentMetadata.AUTHOR, "Author");
        KNOWN.put(DocumentMetadata.FROM, "From");
        KNOWN.put(DocumentMetadata.TO, "To");
        KNOWN.put(DocumentMetadata.CC, "Cc");
        KNOWN.put(DocumentMetadata.SUBJECT, "Subject");
        KNOWN.put(DocumentMetadata.CONTENT_TYPE, "Type");
        KNOWN.put(DocumentMetadata.CREATED, "Created");
        KNOWN.put(DocumentMetadata.MODIFIED, "Modified");
        KNOWN.put(DocumentMetadata.KEYWORDS, "Keywords");
        KNOWN.put(DocumentMetadata.EXTRACTION, "Extraction");
    }

    private MetadataLabels() {}

    /** The entries, the known keys first in the order above, the others by name. */
    static List<Map.Entry<String, List<String>>> ordered(Map<String, List<String>> metadata) {
        List<Map.Entry<String, List<String>>> ordered = new ArrayList<>();
        for (String key : KNOWN.keySet()) {
            if (metadata.containsKey(key)) {
                ordered.add(Map.entry(key, metadata.get(key)));
            }
        }
        new TreeMap<>(metadata).forEach((key, values) -> {
            if (!KNOWN.containsKey(key)) {
                ordered.add(Map.entry(key, values));
            }
        });
        return ordered;
    }

    /** The label and the padding that lines it up with the other fields of {@code show}. */
    static String label(String key) {
        String label = KNOWN.getOrDefault(key, key) + ":";
        return label.length() >= 12 ? label + " " : label + " ".repeat(12 - label.length());
    }
}
