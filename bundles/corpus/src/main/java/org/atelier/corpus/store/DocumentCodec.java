package org.atelier.corpus.store;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atelier.api.corpus.DocumentInfo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The files of the store, in JSON: one per document ({@code <id>.json}: the metadata and the text) and the
 * catalogue ({@code catalogue.json}: the metadata of all, each marked current or not, in import order).
 */
final class DocumentCodec {
    static final int FORMAT = 1;
    /** The streaming parser, all that starting needs: it reads the catalogue. */
    private static final JsonFactory STREAMS = new JsonFactory();

    /** A catalogue line: a document and whether it is the current version of its source. */
    record Entry(DocumentInfo info, boolean current) {}

    private DocumentCodec() {}

    /** Made on first use: the mapper loads some hundreds of classes that reading the catalogue does not need. */
    private static final class Trees {
        /** Without Jackson's default limit of 20,000,000 characters a string: format 1 wrote texts of any length. */
        static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build());
    }

    static byte[] document(DocumentInfo info, String text) throws IOException {
        ObjectNode node = Trees.JSON.createObjectNode().put("format", FORMAT);
        info(node, info);
        node.put("text", text);
        return Trees.JSON.writeValueAsBytes(node);
    }

    static byte[] catalogue(Iterable<Entry> entries) throws IOException {
        ObjectNode root = Trees.JSON.createObjectNode().put("format", FORMAT);
        ArrayNode documents = root.putArray("documents");
        for (Entry entry : entries) {
            info(documents.addObject(), entry.info()).put("current", entry.current());
        }
        return Trees.JSON.writeValueAsBytes(root);
    }

    /**
     * Reads the catalogue with the streaming parser rather than a tree: it is read on every start, and for
     * thousands of documents a tree costs several times the parse.
     */
    static List<Entry> readCatalogue(byte[] bytes) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int format = -1;
        try (JsonParser parser = STREAMS.createParser(bytes)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("format")) {
                    format = parser.getIntValue();
                } else if (field.equals("documents")) {
                    expect(value, JsonToken.START_ARRAY);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        entries.add(entry(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (format != FORMAT) {
            throw new IOException("not a document catalogue of format " + FORMAT);
        }
        return entries;
    }

    /** One document of the catalogue, the parser on its opening brace. */
    private static Entry entry(JsonParser parser) throws IOException {
        Map<String, String> fields = new HashMap<>();
        long bytes = 0;
        boolean current = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "bytes" -> bytes = parser.getValueAsLong();
                case "current" -> current = value == JsonToken.VALUE_TRUE;
                default -> {
                    if (value == JsonToken.VALUE_STRING) {
                        fields.put(field, parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        String id = fields.get("id");
        String imported = fields.get("imported");
        if (id == null || imported == null) {
            throw new IOException("a document without id or import time");
        }
        return new Entry(new DocumentInfo(id, fields.get("title"), fields.get("path"), fields.get("language"), bytes,
                fields.get("outlet"), fields.get("date"), instant(imported), fields.get("url"),
                fields.get("supersedes")), current);
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("not a document catalogue: " + token + " where " + expected + " belongs");
        }
    }

    /**
     * An instant in the form {@link Instant#toString()} writes ({@code 2026-11-23T17:12:05.123456789Z}), read by
     * hand: {@link Instant#parse} goes through {@code DateTimeFormatter}, whose first use costs more than the
     * rest of reading a catalogue of thousands. Any other form goes to {@link Instant#parse}.
     */
    static Instant instant(String text) throws IOException {
        int length = text.length();
        if (length >= 20 && length <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(length - 1) == 'Z' && (length == 20 || text.charAt(19) == '.' && length > 21)) {
            try {
                int nanos = 0;
                if (length > 20) {
                    String fraction = text.substring(20, length - 1);
                    nanos = Integer.parseInt(fraction) * (int) Math.pow(10, 9 - fraction.length());
                }
                return LocalDateTime.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10), Integer.parseInt(text, 11, 13, 10),
                        Integer.parseInt(text, 14, 16, 10), Integer.parseInt(text, 17, 19, 10), nanos)
                        .toInstant(ZoneOffset.UTC);
            } catch (NumberFormatException | DateTimeException e) {
                // not the usual form after all
            }
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException("a document with a malformed import time: " + text);
        }
    }

    static DocumentInfo readInfo(byte[] document) throws IOException {
        JsonNode root = Trees.JSON.readTree(document);
        checkFormat(root);
        return info(root);
    }

    static String readText(byte[] document) throws IOException {
        JsonNode root = Trees.JSON.readTree(document);
        checkFormat(root);
        JsonNode text = root.get("text");
        if (text == null || !text.isTextual()) {
            throw new IOException("no text in the document file");
        }
        return text.asText();
    }

    private static void checkFormat(JsonNode root) throws IOException {
        if (root == null || !root.isObject() || root.path("format").asInt() != FORMAT) {
            throw new IOException("not a document store file of format " + FORMAT);
        }
    }

    private static ObjectNode info(ObjectNode node, DocumentInfo info) {
        node.put("id", info.id());
        node.put("title", info.title());
        node.put("path", info.path());
        node.put("language", info.language());
        node.put("bytes", info.bytes());
        node.put("outlet", info.outlet());
        node.put("date", info.date());
        node.put("imported", info.imported().toString());
        node.put("url", info.url());
        node.put("supersedes", info.supersedes());
        return node;
    }

    private static DocumentInfo info(JsonNode node) throws IOException {
        String id = text(node, "id");
        String imported = text(node, "imported");
        if (id == null || imported == null) {
            throw new IOException("a document without id or import time");
        }
        return new DocumentInfo(id, text(node, "title"), text(node, "path"), text(node, "language"),
                node.path("bytes").asLong(), text(node, "outlet"), text(node, "date"), instant(imported),
                text(node, "url"), text(node, "supersedes"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
