package org.atelier.corpus.readers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.corpus.SourceFile;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON records of articles, as exports and scrapers write them: a {@code .json} file holds one object or an
 * array of objects, a {@code .jsonl} file one object per line. A record that is not valid fails alone and the
 * others import. The fields read, first found wins:
 * <ul>
 * <li>text: {@code text}, {@code body}, {@code content}</li>
 * <li>title: {@code title}</li>
 * <li>outlet: {@code source}, {@code outlet}, {@code site} (a string, or an object with a {@code name})</li>
 * <li>url: {@code url}</li>
 * <li>date: {@code date}, {@code published}</li>
 * <li>language: {@code language}, {@code lang}</li>
 * </ul>
 */
@Component(property = {DocumentReader.EXTENSIONS + "=json", DocumentReader.EXTENSIONS + "=jsonl"})
public class JsonReader implements DocumentReader {
    private static final String NO_TEXT = "no text field (text, body or content)";

    /**
     * Made on first read: the readers are activated with the corpus commands, {@code list} and {@code show} too,
     * and the mapper loads some hundreds of classes.
     */
    private static final class Json {
        /**
         * Jackson refuses strings over 20,000,000 characters by default; the import's own file limit is the
         * one that holds, so that every file under it is read whole.
         */
        static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build());
    }

    @Override
    public List<ParsedDocument> read(SourceFile source) throws IOException {
        String text = source.text();
        return source.name().toLowerCase(Locale.ROOT).endsWith(".jsonl")
                ? readLines(source, text)
                : readDocument(source, text);
    }

    private static List<ParsedDocument> readDocument(SourceFile source, String text) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidSourceException("invalid JSON: " + describe(e));
        }
        if (root != null && root.isObject()) {
            ParsedDocument document = record(null, root);
            if (document == null) {
                throw new InvalidSourceException(NO_TEXT);
            }
            return List.of(document);
        }
        if (root == null || !root.isArray()) {
            throw new InvalidSourceException("not a JSON object or an array of objects");
        }
        List<ParsedDocument> documents = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String part = Integer.toString(i + 1);
            JsonNode element = root.get(i);
            if (!element.isObject()) {
                source.invalidPart(part, "not a JSON object");
                continue;
            }
            add(documents, record(part, element), part, source);
        }
        return documents;
    }

    /** One record per line; parts are line numbers, counting from 1; blank lines are passed over. */
    private static List<ParsedDocument> readLines(SourceFile source, String text) {
        List<ParsedDocument> documents = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String part = Integer.toString(i + 1);
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                source.invalidPart(part, "invalid JSON: " + describe(e));
                continue;
            }
            if (!node.isObject()) {
                source.invalidPart(part, "not a JSON object");
                continue;
            }
            add(documents, record(part, node), part, source);
        }
        return documents;
    }

    private static void add(List<ParsedDocument> documents, ParsedDocument document, String part,
            SourceFile source) {
        if (document == null) {
            source.invalidPart(part, NO_TEXT);
        } else {
            documents.add(document);
        }
    }

    /** The document of one record, or {@code null} when it has no text field. */
    private static ParsedDocument record(String part, JsonNode node) {
        String text = field(node, "text", "body", "content");
        if (text == null) {
            return null;
        }
        return new ParsedDocument(part, field(node, "title"), text, field(node, "source", "outlet", "site"),
                field(node, "date", "published"), field(node, "language", "lang"), field(node, "url"));
    }

    /** The first of the fields that holds a string or a number, or an object with a string {@code name}. */
    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isObject() && value.path("name").isTextual()) {
                value = value.get("name");
            }
            if (value.isTextual() || value.isNumber()) {
                return value.asText();
            }
        }
        return null;
    }

    /** Jackson's message without the excerpt of the source it appends: one line. */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
