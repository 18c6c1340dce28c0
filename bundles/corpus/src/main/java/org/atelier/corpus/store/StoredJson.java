package org.atelier.corpus.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The JSON of the columns that hold more than one value: metadata, duplicate paths, page starts. Written and read
 * with Jackson's streaming parser and generator, which cost a few classes, not the hundreds of a mapper: every
 * listing reads these columns.
 */
final class StoredJson {
    private static final JsonFactory JSON = new JsonFactory();

    private StoredJson() {}

    /** The metadata as a JSON object of string arrays, keys sorted; {@code null} when there is none. */
    static String metadata(Map<String, List<String>> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return null;
        }
        return write(g -> {
            g.writeStartObject();
            for (Map.Entry<String, List<String>> entry : new TreeMap<>(metadata).entrySet()) {
                g.writeArrayFieldStart(entry.getKey());
                for (String value : entry.getValue()) {
                    g.writeString(value);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    static Map<String, List<String>> readMetadata(String json) throws IOException {
        Map<String, List<String>> metadata = new TreeMap<>();
        if (json == null || json.isEmpty()) {
            return metadata;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                expect(parser.nextToken(), JsonToken.START_ARRAY);
                List<String> values = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    values.add(parser.getText());
                }
                metadata.put(key, values);
            }
        }
        return metadata;
    }

    /** The page starts as a JSON array of numbers; {@code null} when the document has no pages. */
    static String offsets(List<Integer> offsets) {
        if (offsets == null || offsets.isEmpty()) {
            return null;
        }
        return write(g -> {
            g.writeStartArray();
            for (int offset : offsets) {
                g.writeNumber(offset);
            }
            g.writeEndArray();
        });
    }

    static List<Integer> readOffsets(String json) throws IOException {
        List<Integer> offsets = new ArrayList<>();
        if (json == null || json.isEmpty()) {
            return offsets;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.VALUE_NUMBER_INT) {
                offsets.add(parser.getIntValue());
            }
        }
        return offsets;
    }

    /** A JSON array of strings, as SQLite's {@code json_group_array} gives the duplicate paths. */
    static List<String> readStrings(String json) throws IOException {
        List<String> values = new ArrayList<>();
        if (json == null || json.equals("[]")) {
            return values;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                values.add(parser.getText());
            }
        }
        return values;
    }

    private interface Writing {
        void write(JsonGenerator generator) throws IOException;
    }

    private static String write(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            writing.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("malformed stored JSON: " + token + " where " + expected + " belongs");
        }
    }
}
