package org.atelier.claims.command;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.Note;
import org.atelier.api.claims.Suggestion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON shapes of claims and suggestions on the command line, described in {@code docs/claims.md}. */
final class ClaimJson {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClaimJson() {}

    static ObjectNode claim(Claim c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", c.id())
                .put("doc", c.docId())
                .put("path", c.docPath())
                .put("start", c.position().start())
                .put("end", c.position().end())
                .put("quote", c.quote().exact())
                .put("prefix", c.quote().prefix())
                .put("suffix", c.quote().suffix())
                .put("claimant", c.claimant())
                .put("subject", c.subject());
        figures(node.putArray("figures"), c.figures());
        node.put("hedged", c.hedged())
                .put("status", c.status().label())
                .put("statusNote", c.statusNote());
        ArrayNode tags = node.putArray("tags");
        c.tags().forEach(tags::add);
        ArrayNode notes = node.putArray("notes");
        for (Note n : c.notes()) {
            notes.addObject().put("author", n.author()).put("time", n.time().toString()).put("text", n.text());
        }
        ArrayNode links = node.putArray("links");
        for (ClaimLink l : c.links()) {
            links.addObject().put("type", l.type().label()).put("target", l.target());
        }
        node.put("group", c.group())
                .put("orphaned", c.orphaned())
                .put("author", c.author())
                .put("created", c.created().toString())
                .put("updated", c.updated().toString())
                .put("version", c.version());
        if (c.origin() != null) {
            node.put("suggestion", c.origin().suggestion())
                    .put("suggester", c.origin().suggester())
                    .put("confidence", c.origin().confidence());
            ArrayNode reasons = node.putArray("reasons");
            c.origin().reasons().forEach(reasons::add);
        } else {
            node.putNull("suggestion").putNull("suggester").putNull("confidence");
            node.putArray("reasons");
        }
        return node;
    }

    static ObjectNode suggestion(Suggestion s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", s.id())
                .put("doc", s.docId())
                .put("path", s.docPath())
                .put("start", s.position().start())
                .put("end", s.position().end())
                .put("quote", s.quote().exact())
                .put("prefix", s.quote().prefix())
                .put("suffix", s.quote().suffix())
                .put("claimant", s.claimant())
                .put("subject", s.subject());
        figures(node.putArray("figures"), s.figures());
        node.put("hedged", s.hedged())
                .put("confidence", s.confidence());
        ArrayNode reasons = node.putArray("reasons");
        s.reasons().forEach(reasons::add);
        node.put("group", s.group())
                .put("suggester", s.suggester())
                .put("claim", s.claim());
        return node;
    }

    private static void figures(ArrayNode array, java.util.List<Figure> figures) {
        for (Figure f : figures) {
            ObjectNode node = array.addObject().put("raw", f.raw());
            if (f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15) {
                node.put("value", (long) f.value());
            } else {
                node.put("value", f.value());
            }
            node.put("unit", f.unit()).put("kind", f.kind().label()).put("normalized", f.normalized());
        }
    }
}
