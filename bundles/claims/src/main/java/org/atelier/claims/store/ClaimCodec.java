package org.atelier.claims.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.LinkType;
import org.atelier.api.claims.Note;
import org.atelier.api.claims.Origin;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Claims as the store writes them: one JSON object each, every field named, so that files stay readable. */
public final class ClaimCodec {
    static final ObjectMapper JSON = new ObjectMapper();

    private ClaimCodec() {}

    public static ObjectNode write(Claim claim) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", claim.id())
                .put("docId", claim.docId())
                .put("docPath", claim.docPath())
                .put("exact", claim.quote().exact())
                .put("prefix", claim.quote().prefix())
                .put("suffix", claim.quote().suffix())
                .put("start", claim.position().start())
                .put("end", claim.position().end())
                .put("claimant", claim.claimant())
                .put("subject", claim.subject());
        ArrayNode figures = node.putArray("figures");
        for (Figure f : claim.figures()) {
            figures.addObject().put("raw", f.raw()).put("value", f.value()).put("unit", f.unit())
                    .put("kind", f.kind().label());
        }
        node.put("hedged", claim.hedged())
                .put("status", claim.status().label())
                .put("statusNote", claim.statusNote());
        ArrayNode tags = node.putArray("tags");
        claim.tags().forEach(tags::add);
        ArrayNode notes = node.putArray("notes");
        for (Note n : claim.notes()) {
            notes.addObject().put("author", n.author()).put("time", n.time().toString()).put("text", n.text());
        }
        node.put("author", claim.author())
                .put("created", claim.created().toString())
                .put("updated", claim.updated().toString());
        ArrayNode links = node.putArray("links");
        for (ClaimLink l : claim.links()) {
            links.addObject().put("type", l.type().label()).put("target", l.target());
        }
        node.put("version", claim.version())
                .put("orphaned", claim.orphaned())
                .put("group", claim.group());
        if (claim.origin() != null) {
            Origin o = claim.origin();
            ObjectNode origin = node.putObject("origin")
                    .put("suggestion", o.suggestion())
                    .put("suggester", o.suggester())
                    .put("confidence", o.confidence());
            ArrayNode reasons = origin.putArray("reasons");
            o.reasons().forEach(reasons::add);
        } else {
            node.putNull("origin");
        }
        return node;
    }

    public static Claim read(JsonNode node) throws IOException {
        try {
            List<Figure> figures = new ArrayList<>();
            for (JsonNode f : node.path("figures")) {
                figures.add(new Figure(f.get("raw").asText(), f.get("value").asDouble(), text(f, "unit"),
                        Figure.Kind.parse(f.get("kind").asText())));
            }
            List<String> tags = new ArrayList<>();
            node.path("tags").forEach(t -> tags.add(t.asText()));
            List<Note> notes = new ArrayList<>();
            for (JsonNode n : node.path("notes")) {
                notes.add(new Note(text(n, "author"), Instant.parse(n.get("time").asText()), n.get("text").asText()));
            }
            List<ClaimLink> links = new ArrayList<>();
            for (JsonNode l : node.path("links")) {
                links.add(new ClaimLink(LinkType.parse(l.get("type").asText()), l.get("target").asText()));
            }
            Origin origin = null;
            JsonNode o = node.path("origin");
            if (o.isObject()) {
                List<String> reasons = new ArrayList<>();
                o.path("reasons").forEach(r -> reasons.add(r.asText()));
                origin = new Origin(text(o, "suggestion"), text(o, "suggester"), o.path("confidence").asDouble(),
                        reasons);
            }
            return new Claim(
                    node.get("id").asText(),
                    node.get("docId").asText(),
                    text(node, "docPath"),
                    new TextQuoteSelector(node.get("exact").asText(), text(node, "prefix"), text(node, "suffix")),
                    new TextPositionSelector(node.get("start").asInt(), node.get("end").asInt()),
                    text(node, "claimant"),
                    text(node, "subject"),
                    figures,
                    node.path("hedged").asBoolean(),
                    ClaimStatus.parse(node.get("status").asText()),
                    text(node, "statusNote"),
                    tags,
                    notes,
                    text(node, "author"),
                    Instant.parse(node.get("created").asText()),
                    Instant.parse(node.get("updated").asText()),
                    links,
                    node.get("version").asLong(),
                    node.path("orphaned").asBoolean(),
                    text(node, "group"),
                    origin);
        } catch (RuntimeException e) {
            throw new IOException("not a claim: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
