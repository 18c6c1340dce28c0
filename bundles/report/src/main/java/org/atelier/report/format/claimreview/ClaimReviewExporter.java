package org.atelier.report.format.claimreview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.report.Report;
import org.atelier.api.report.ReportClaim;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportExporter;
import org.atelier.report.format.Words;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * schema.org {@code ClaimReview}s (JSON-LD) for the claims that have a verdict, with what fact-checkers'
 * publishing guidelines ask for: {@code claimReviewed}, {@code reviewRating} with a numeric scale and the verdict
 * in words ({@code alternateName}), {@code url}, {@code author}, and {@code itemReviewed} as a {@code Claim} with its
 * author (the claimant) and where it appeared. An unverified claim has no verdict and is left out.
 */
@Component(configurationPid = ClaimReviewSettings.PID, property = {
        ReportExporter.FORMAT + "=claimreview",
        ReportExporter.LABEL + "=schema.org ClaimReview (JSON-LD)",
        ReportExporter.MEDIA_TYPE + "=application/ld+json",
        ReportExporter.EXTENSION + "=jsonld"})
@Designate(ocd = ClaimReviewSettings.class)
public class ClaimReviewExporter implements ReportExporter {
    /** The worst and best rating of the scale. */
    public static final int WORST = 1;
    public static final int BEST = 5;

    /** The verdict of each status: its rating and its name. */
    public static final Map<ClaimStatus, Verdict> VERDICTS = Map.of(
            ClaimStatus.REFUTED, new Verdict(1, "False"),
            ClaimStatus.DISPUTED, new Verdict(3, "Disputed"),
            ClaimStatus.CORROBORATED, new Verdict(4, "Corroborated"),
            ClaimStatus.VERIFIED, new Verdict(5, "True"));

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private volatile ClaimReviewSettings settings;

    @Activate
    public ClaimReviewExporter(ClaimReviewSettings settings) {
        this.settings = settings;
    }

    @Modified
    void modified(ClaimReviewSettings settings) {
        this.settings = settings;
    }

    /** A rating on the scale and its name. */
    public record Verdict(int rating, String name) {}

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ClaimReviewSettings s = settings;
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(PRETTY.createInstance());
        g.writeStartObject();
        g.writeStringField("@context", "https://schema.org");
        g.writeArrayFieldStart("@graph");
        for (ReportClaim rc : report.claims()) {
            Verdict verdict = VERDICTS.get(rc.claim().status());
            if (verdict != null) {
                review(g, rc, verdict, s);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void review(JsonGenerator g, ReportClaim rc, Verdict verdict, ClaimReviewSettings s)
            throws IOException {
        Claim c = rc.claim();
        ReportDocument d = rc.document();
        g.writeStartObject();
        g.writeStringField("@type", "ClaimReview");
        String template = s.url() == null || s.url().isBlank() ? "urn:atelier:claim:{id}" : s.url().strip();
        g.writeStringField("url", template.replace("{id}", c.id()));
        g.writeStringField("datePublished", Words.day(c.updated()));
        if (s.organisation() != null && !s.organisation().isBlank()) {
            party(g, "author", "Organization", s.organisation().strip());
        } else if (c.author() != null) {
            party(g, "author", "Person", c.author());
        }
        g.writeStringField("claimReviewed", c.text());
        if (c.statusNote() != null) {
            g.writeStringField("reviewBody", c.statusNote());
        }
        g.writeObjectFieldStart("reviewRating");
        g.writeStringField("@type", "Rating");
        g.writeNumberField("ratingValue", verdict.rating());
        g.writeNumberField("bestRating", BEST);
        g.writeNumberField("worstRating", WORST);
        g.writeStringField("alternateName", verdict.name());
        g.writeEndObject();

        g.writeObjectFieldStart("itemReviewed");
        g.writeStringField("@type", "Claim");
        if (c.claimant() != null) {
            party(g, "author", "Organization", c.claimant());
        } else if (d.outlet() != null) {
            party(g, "author", "Organization", d.outlet());
        }
        if (d.date() != null) {
            g.writeStringField("datePublished", d.date());
        }
        g.writeObjectFieldStart("appearance");
        g.writeStringField("@type", "CreativeWork");
        if (d.url() != null) {
            g.writeStringField("url", d.url());
        }
        g.writeStringField("headline", d.title());
        if (d.outlet() != null) {
            party(g, "publisher", "Organization", d.outlet());
        }
        if (d.date() != null) {
            g.writeStringField("datePublished", d.date());
        }
        g.writeStringField("identifier", "urn:atelier:document:" + d.id());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void party(JsonGenerator g, String field, String type, String name) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("@type", type);
        g.writeStringField("name", name);
        g.writeEndObject();
    }
}
