package org.atelier.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.atelier.api.report.ReportClaim;
import org.atelier.report.Fixtures;
import org.atelier.report.format.html.HtmlExporter;
import org.atelier.report.service.LiveReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report read back by jsoup. */
class HtmlExporterTest {

    @Test
    void everyQuoteIsTextOfItsMarkAndNoDocumentTextBecameAnElement() {
        LiveReport report = Fixtures.report(Fixtures.world());
        Document html = Jsoup.parse(Exports.text(new HtmlExporter(), report));

        assertThat(html.select("script, iframe, object, embed, img, link, base, form")).isEmpty();
        assertThat(html.select("b, i")).as("markup of the documents").isEmpty();
        assertThat(html.getAllElements()).allSatisfy(e -> e.attributes().forEach(a ->
                assertThat(a.getKey()).as("event handler attribute").doesNotStartWith("on")));

        List<String> marked = html.select("article.claim blockquote mark").eachText();
        List<ReportClaim> claims = new ArrayList<>();
        report.claims().forEach(claims::add);
        assertThat(html.select("article.claim blockquote mark")).extracting(Element::wholeText)
                .isEqualTo(claims.stream().map(ReportClaim::quote).toList());
        assertThat(marked).hasSize(12);
        for (ReportClaim rc : claims) {
            Element article = html.getElementById("claim-" + rc.claim().id());
            assertThat(article).isNotNull();
            assertThat(article.selectFirst("blockquote").wholeText()).isEqualTo(rc.before() + rc.quote() + rc.after());
        }
        assertThat(html.getElementById("claim-c10").select("dd").eachText())
                .contains("</dd><script>alert(1)</script>");
        assertThat(html.title()).isEqualTo("Claims report");
    }

    @Test
    void selfContainedNothingIsFetchedAndOnlyWebAddressesAreLinks() {
        LiveReport report = Fixtures.report(Fixtures.world());
        Document html = Jsoup.parse(Exports.text(new HtmlExporter(), report));
        assertThat(html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(html.select("style")).hasSize(1);
        assertThat(html.select("[src], [srcset]")).isEmpty();
        assertThat(html.select("a[href]").eachAttr("href"))
                .allMatch(href -> href.startsWith("#doc-") || href.equals("https://techcrunch.example/bytedance"));
        assertThat(html.select("style").first().data()).contains("@media print").doesNotContain("url(")
                .doesNotContain("@import");
        assertThat(html.text()).contains("javascript:alert(1)");
    }

    @Test
    void theIndexAndTheMethodAreThere() {
        LiveReport report = Fixtures.report(Fixtures.world());
        Document html = Jsoup.parse(Exports.text(new HtmlExporter(), report));
        assertThat(html.select("#index tbody tr")).hasSize(3);
        assertThat(html.select("#index tbody tr").get(2).select("td").get(1).text())
                .isEqualTo("Titre hostile : <script>alert(\"x\")</script> & « guillemets »");
        assertThat(html.select("#index a[href]").eachAttr("href"))
                .allSatisfy(href -> assertThat(html.getElementById(href.substring(1))).isNotNull());
        assertThat(html.select("#method li").eachText()).contains("Query: none", "Statuses: all", "Document: all");
        assertThat(html.select("#corpus li").eachText()).contains("Claims in this report: 12, in 3 documents");
    }
}
