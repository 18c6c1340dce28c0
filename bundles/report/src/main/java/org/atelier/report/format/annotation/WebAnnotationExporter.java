package org.atelier.report.format.annotation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.Note;
import org.atelier.api.report.RelatedClaim;
import org.atelier.api.report.Report;
import org.atelier.api.report.ReportClaim;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportExporter;
import org.atelier.report.format.Words;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * The claims as W3C Web Annotations (JSON-LD): an {@code AnnotationCollection} whose first page holds one
 * {@code Annotation} per claim. Its target is the document (an {@code urn:atelier:document:} IRI) with a
 * {@code TextQuoteSelector} (exact, prefix, suffix) and a {@code TextPositionSelector} (code points of the
 * stored text); its body is the claim, in terms of Atelier's own context beside the W3C one. Written as it goes
 * with Jackson's streaming generator.
 */
@Component(property = {
        ReportExporter.FORMAT + "=annotations",
        ReportExporter.LABEL + "=W3C Web Annotation (JSON-LD)",
        ReportExporter.MEDIA_TYPE + "=application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"",
        ReportExporter.EXTENSION + "=jsonld"})
public class WebAnnotationExporter implements ReportExporter {
    /** The W3C Web Annotation context. */
    public static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** The namespace of Atelier's own terms. */
    public static final String NAMESPACE = "urn:atelier:ns#";
    public static final String CLAIM_IRI = "urn:atelier:claim:";
    public static final String DOCUMENT_IRI = "urn:atelier:document:";

    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** Indented with two spaces and {@code \n} on every system, so that the bytes do not depend on it. */
    static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(PRETTY.createInstance());
        g.writeStartObject();
        g.writeFieldName("@context");
        g.writeStartArray();
        g.writeString(ANNO_CONTEXT);
        context(g);
        g.writeEndArray();
        g.writeStringField("id", "urn:atelier:report:" + Words.instant(report.date()));
        g.writeStringField("type", "AnnotationCollection");
        g.writeStringField("label", report.title());
        g.writeNumberField("total", report.corpus().claims());
        g.writeStringField("generated", Words.instant(report.date()));
        g.writeObjectFieldStart("generator");
        g.writeStringField("type", "Software");
        g.writeStringField("name", report.method().generator());
        g.writeEndObject();
        g.writeStringField("reportScope", Words.scope(report));
        g.writeObjectFieldStart("first");
        g.writeStringField("type", "AnnotationPage");
        g.writeNumberField("startIndex", 0);
        g.writeArrayFieldStart("items");
        for (ReportClaim rc : report.claims()) {
            annotation(g, rc);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    /** Atelier's terms: what a claim says beyond what the Web Annotation vocabulary has words for. */
    private static void context(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("atelier", NAMESPACE);
        for (String term : List.of("Claim", "Figure", "Note", "Document", "claimant", "claimSubject", "status",
                "statusNote", "raw", "number", "unit", "kind", "normalized", "author", "text", "title", "outlet",
                "path", "group", "reportScope")) {
            g.writeStringField(term, "atelier:" + term);
        }
        typed(g, "hedged", "xsd:boolean", null);
        typed(g, "orphaned", "xsd:boolean", null);
        typed(g, "time", "xsd:dateTime", null);
        typed(g, "published", "xsd:string", null);
        typed(g, "url", "@id", null);
        typed(g, "document", "@id", null);
        typed(g, "corroboratedBy", "@id", "@set");
        typed(g, "contradictedBy", "@id", "@set");
        typed(g, "tags", null, "@set");
        typed(g, "figures", null, "@list");
        typed(g, "notes", null, "@list");
        g.writeEndObject();
    }

    private static void typed(JsonGenerator g, String term, String type, String container) throws IOException {
        g.writeObjectFieldStart(term);
        g.writeStringField("@id", "atelier:" + term);
        if (type != null) {
            g.writeStringField("@type", type);
        }
        if (container != null) {
            g.writeStringField("@container", container);
        }
        g.writeEndObject();
    }

    private static void annotation(JsonGenerator g, ReportClaim rc) throws IOException {
        Claim c = rc.claim();
        ReportDocument d = rc.document();
        g.writeStartObject();
        g.writeStringField("id", CLAIM_IRI + c.id());
        g.writeStringField("type", "Annotation");
        g.writeStringField("motivation", "assessing");
        if (c.author() != null) {
            g.writeObjectFieldStart("creator");
            g.writeStringField("type", "Person");
            g.writeStringField("name", c.author());
            g.writeEndObject();
        }
        g.writeStringField("created", Words.instant(c.created()));
        g.writeStringField("modified", Words.instant(c.updated()));

        g.writeObjectFieldStart("body");
        g.writeStringField("type", "Claim");
        optional(g, "claimant", c.claimant());
        optional(g, "claimSubject", c.subject());
        g.writeStringField("status", c.status().label());
        optional(g, "statusNote", c.statusNote());
        g.writeBooleanField("hedged", c.hedged());
        g.writeArrayFieldStart("figures");
        for (Figure f : c.figures()) {
            g.writeStartObject();
            g.writeStringField("type", "Figure");
            g.writeStringField("raw", f.raw());
            g.writeNumberField("number", f.value());
            optional(g, "unit", f.unit());
            g.writeStringField("kind", f.kind().label());
            g.writeStringField("normalized", f.normalized());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tags");
        for (String tag : c.tags()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (Note n : c.notes()) {
            g.writeStartObject();
            g.writeStringField("type", "Note");
            optional(g, "author", n.author());
            g.writeStringField("time", Words.instant(n.time()));
            g.writeStringField("text", n.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        related(g, "corroboratedBy", rc.corroborating());
        related(g, "contradictedBy", rc.contradicting());
        optional(g, "group", c.group());
        g.writeBooleanField("orphaned", c.orphaned());
        g.writeObjectFieldStart("document");
        g.writeStringField("id", DOCUMENT_IRI + d.id());
        g.writeStringField("type", "Document");
        g.writeStringField("title", d.title());
        optional(g, "outlet", d.outlet());
        optional(g, "published", d.date());
        optional(g, "path", d.path());
        optional(g, "url", d.url());
        g.writeEndObject();
        g.writeEndObject();

        g.writeObjectFieldStart("target");
        g.writeStringField("type", "SpecificResource");
        g.writeStringField("source", DOCUMENT_IRI + c.docId());
        g.writeArrayFieldStart("selector");
        g.writeStartObject();
        g.writeStringField("type", "TextQuoteSelector");
        g.writeStringField("exact", c.quote().exact());
        g.writeStringField("prefix", c.quote().prefix());
        g.writeStringField("suffix", c.quote().suffix());
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", "TextPositionSelector");
        g.writeNumberField("start", c.position().start());
        g.writeNumberField("end", c.position().end());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void related(JsonGenerator g, String name, List<RelatedClaim> related) throws IOException {
        g.writeArrayFieldStart(name);
        for (RelatedClaim r : related) {
            g.writeString(CLAIM_IRI + r.id());
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
