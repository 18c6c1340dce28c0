package org.atelier.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.report.ReportClaim;
import org.atelier.report.Fixtures;
import org.atelier.report.format.annotation.WebAnnotationExporter;
import org.atelier.report.format.claimreview.ClaimReviewExporter;
import org.atelier.report.service.LiveReport;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The W3C Web Annotation and schema.org ClaimReview exports, read back as JSON. */
class JsonLdExportersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAnnotationCollectionWhoseSelectorsFindTheQuotesInTheDocuments() throws Exception {
        Fixtures.World world = Fixtures.world();
        LiveReport report = Fixtures.report(world);
        JsonNode root = JSON.readTree(Exports.bytes(new WebAnnotationExporter(), report));

        assertThat(root.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        JsonNode ours = root.get("@context").get(1);
        assertThat(ours.get("atelier").asText()).isEqualTo(WebAnnotationExporter.NAMESPACE);
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(root.get("total").asInt()).isEqualTo(12);
        JsonNode page = root.get("first");
        assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
        JsonNode items = page.get("items");
        assertThat(items).hasSize(12);

        List<ReportClaim> claims = new ArrayList<>();
        report.claims().forEach(claims::add);
        for (int i = 0; i < items.size(); i++) {
            JsonNode a = items.get(i);
            ReportClaim rc = claims.get(i);
            assertThat(a.get("type").asText()).isEqualTo("Annotation");
            assertThat(a.get("id").asText()).isEqualTo("urn:atelier:claim:" + rc.claim().id());
            assertThat(a.get("motivation").asText()).isEqualTo("assessing");
            JsonNode target = a.get("target");
            String docId = target.get("source").asText().substring("urn:atelier:document:".length());
            String text = world.text(docId).text();
            JsonNode quote = target.get("selector").get(0);
            JsonNode position = target.get("selector").get(1);
            assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            String exact = quote.get("exact").asText();
            assertThat(exact).isEqualTo(rc.quote());
            assertThat(text).contains(quote.get("prefix").asText() + exact + quote.get("suffix").asText());
            TextPositionSelector span = new TextPositionSelector(position.get("start").asInt(),
                    position.get("end").asInt());
            assertThat(span.slice(text)).as("code point offsets").isEqualTo(exact);
            JsonNode body = a.get("body");
            assertThat(body.get("type").asText()).isEqualTo("Claim");
            assertThat(body.get("status").asText()).isEqualTo(rc.claim().status().label());
            assertThat(body.get("hedged").isBoolean()).isTrue();
            assertThat(body.get("document").get("id").asText()).isEqualTo("urn:atelier:document:" + docId);
        }
        JsonNode first = items.get(0).get("body");
        assertThat(first.get("figures").get(0).get("number").asDouble()).isEqualTo(7e9);
        assertThat(first.get("figures").get(0).get("unit").asText()).isEqualTo("USD");
        assertThat(first.get("corroboratedBy").get(0).asText()).isEqualTo("urn:atelier:claim:c3");
        assertThat(items.get(1).get("body").get("contradictedBy").get(0).asText()).isEqualTo("urn:atelier:claim:c4");
        JsonNode emoji = items.get(9).get("target").get("selector");
        assertThat(emoji.get(0).get("exact").asText()).contains("🚀😀");
        assertThat(emoji.get(1).get("start").asInt()).as("code points, not UTF-16 units")
                .isEqualTo(Fixtures.hostileText().codePointCount(0, Fixtures.hostileText().indexOf("Le slogan")));
    }

    @Test
    void claimReviewsForTheClaimsWithAVerdictOnly() throws Exception {
        LiveReport report = Fixtures.report(Fixtures.world());
        JsonNode root = JSON.readTree(Exports.bytes(
                Exports.claimReview("Atelier Vérification", "https://verif.example/claims/{id}"), report));
        assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
        JsonNode graph = root.get("@graph");
        List<String> withVerdict = new ArrayList<>();
        report.claims().forEach(rc -> {
            if (rc.claim().status() != ClaimStatus.UNVERIFIED) {
                withVerdict.add(rc.claim().text());
            }
        });
        assertThat(graph.findValuesAsText("claimReviewed")).isEqualTo(withVerdict);
        for (JsonNode review : graph) {
            assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
            assertThat(review.get("url").asText()).startsWith("https://verif.example/claims/c");
            assertThat(review.get("author").get("@type").asText()).isEqualTo("Organization");
            assertThat(review.get("author").get("name").asText()).isEqualTo("Atelier Vérification");
            JsonNode rating = review.get("reviewRating");
            assertThat(rating.get("@type").asText()).isEqualTo("Rating");
            assertThat(rating.get("ratingValue").asInt()).isBetween(rating.get("worstRating").asInt(),
                    rating.get("bestRating").asInt());
            assertThat(rating.get("alternateName").asText()).isNotBlank();
            JsonNode item = review.get("itemReviewed");
            assertThat(item.get("@type").asText()).isEqualTo("Claim");
            assertThat(item.get("appearance").get("@type").asText()).isEqualTo("CreativeWork");
            assertThat(item.get("appearance").get("headline").asText()).isNotBlank();
        }
        JsonNode spend = graph.get(0);
        assertThat(spend.get("url").asText()).isEqualTo("https://verif.example/claims/c1");
        assertThat(spend.get("reviewRating").get("alternateName").asText()).isEqualTo("Corroborated");
        assertThat(spend.get("reviewRating").get("ratingValue").asInt()).isEqualTo(4);
        assertThat(spend.get("itemReviewed").get("author").get("name").asText()).isEqualTo("certaines sources");
        assertThat(spend.get("itemReviewed").get("appearance").get("url").asText())
                .isEqualTo("https://techcrunch.example/bytedance");
        JsonNode refuted = graph.get(3);
        assertThat(refuted.get("claimReviewed").asText()).isEqualTo("Nvidia n’a vendu aucune puce H20 à la Chine");
        assertThat(refuted.get("reviewRating").get("ratingValue").asInt()).isEqualTo(ClaimReviewExporter.WORST);
        assertThat(refuted.get("reviewRating").get("alternateName").asText()).isEqualTo("False");
    }

    @Test
    void withoutSettingsTheReviewerIsWhoRecordedTheClaim() throws Exception {
        JsonNode graph = JSON.readTree(Exports.bytes(Exports.claimReview("", ""), Fixtures.report(Fixtures.world())))
                .get("@graph");
        assertThat(graph.get(0).get("url").asText()).isEqualTo("urn:atelier:claim:c1");
        assertThat(graph.get(0).get("author").get("@type").asText()).isEqualTo("Person");
        assertThat(graph.get(0).get("author").get("name").asText()).isEqualTo("Marie");
    }
}
