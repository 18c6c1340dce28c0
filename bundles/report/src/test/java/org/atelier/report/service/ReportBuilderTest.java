package org.atelier.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.report.RelatedClaim;
import org.atelier.api.report.ReportClaim;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportScope;
import org.atelier.report.Fixtures;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private static List<ReportClaim> claims(LiveReport report) {
        List<ReportClaim> out = new ArrayList<>();
        report.claims().forEach(out::add);
        return out;
    }

    @Test
    void documentsComeByTitleAndClaimsByPositionWithinThem() {
        LiveReport report = Fixtures.report(Fixtures.world());
        assertThat(report.documents()).extracting(ReportDocument::title).containsExactly(
                "ByteDance et les puces", "Les commandes de ByteDance",
                "Titre hostile : <script>alert(\"x\")</script> & « guillemets »");
        assertThat(report.documents()).extracting(ReportDocument::claims).containsExactly(2, 2, 8);
        List<ReportClaim> claims = claims(report);
        assertThat(claims).extracting(rc -> rc.claim().id()).containsExactly("c1", "c2", "c3", "c4", "c10", "c11",
                "c12", "c13", "c14", "c15", "c16", "c17");
        assertThat(claims).extracting(ReportClaim::number).startsWith(1, 2, 3).endsWith(12);
        assertThat(report.date()).isEqualTo(Fixtures.DATE);
    }

    @Test
    void aClaimOfAnAttachmentWithPagesIsCitedByItsParentAttachmentPathAndPage() throws Exception {
        Fixtures.World world = Fixtures.world();
        String pdfText = "Première page de l’offre.\nSeconde page : le prix est de 3 milliards d’euros.";
        int secondPage = pdfText.indexOf("Seconde");
        world.document(new org.atelier.api.corpus.Document(new org.atelier.api.corpus.DocumentInfo("7d0c0a0000000002",
                "Offre", "tip.eml!/pieces/offre.pdf", "fr", pdfText.length(), null, null, Fixtures.RECORDED, null, null,
                "8ee7ae425c103672", List.of(), java.util.Map.of("type", List.of("application/pdf")), 2), pdfText,
                List.of(0, secondPage)));
        world.claim("c30", "7d0c0a0000000002", "le prix est de 3 milliards d’euros").save();

        LiveReport report = Fixtures.report(world, ReportScope.ALL.withDocId("7d0c0a0000000002"));

        assertThat(report.documents()).extracting(ReportDocument::title)
                .containsExactly("ByteDance et les puces \u203a pieces/offre.pdf");
        ReportClaim cited = claims(report).get(0);
        assertThat(cited.page()).isEqualTo(2);
        assertThat(org.atelier.report.format.Words.position(cited)).startsWith("p. 2, code points ");
        String markdown = org.atelier.report.format.Exports.text(new org.atelier.report.format.markdown.MarkdownExporter(),
                report);
        assertThat(markdown).contains("### ByteDance et les puces \u203a pieces/offre.pdf", "- Position: p. 2, code points ");
        assertThat(claims(Fixtures.report(world)).get(0).page()).as("a document without pages").isZero();
    }

    @Test
    void theQuoteComesWithTheRestOfItsParagraphAsContext() {
        ReportClaim spend = claims(Fixtures.report(Fixtures.world())).get(0);
        assertThat(spend.before()).isEqualTo("Le géant chinois s’apprêterait à investir massivement. En effet, selon "
                + "certaines sources, ");
        assertThat(spend.after()).isEqualTo(" pour se procurer ces précieux composants. Mais comment ?");
        assertThat(spend.before() + spend.quote() + spend.after())
                .isEqualTo(Fixtures.BYTEDANCE_TEXT.lines().toList().get(1));
    }

    @Test
    void contextIsTheTextAroundTheQuoteAlsoAfterCharactersBeyondTheBasicPlane() {
        Fixtures.World world = Fixtures.world();
        for (ReportClaim rc : claims(Fixtures.report(world))) {
            String text = world.text(rc.claim().docId()).text();
            String before = rc.before().replace("…", "");
            String after = rc.after().replace("…", "");
            int at = text.indexOf(before + rc.quote() + after);
            assertThat(at).as(rc.claim().id()).isNotNegative();
            assertThat(text.codePointCount(0, at + before.length())).isEqualTo(rc.claim().position().start());
        }
        assertThat(Fixtures.hostileText().indexOf("Une barre"))
                .as("the hostile article has characters beyond the BMP before its last claims")
                .isGreaterThan(Fixtures.hostileText().codePointCount(0, Fixtures.hostileText().indexOf("Une barre")));
    }

    @Test
    void aClaimWhoseTextIsNoLongerWhereItSaysKeepsItsOwnContext() {
        Fixtures.World world = Fixtures.world();
        org.atelier.api.claims.Claim c = world.all().get(0);
        world.put(new org.atelier.api.claims.Claim(c.id(), c.docId(), c.docPath(), c.quote(),
                new org.atelier.api.claims.TextPositionSelector(5, 5 + c.position().length()), c.claimant(),
                c.subject(), c.figures(), c.hedged(), c.status(), c.statusNote(), c.tags(), c.notes(), c.author(),
                c.created(), c.updated(), c.links(), c.version(), true, c.group(), c.origin()));
        ReportClaim moved = claims(Fixtures.report(world)).get(0);
        assertThat(moved.before()).isEqualTo(c.quote().prefix());
        assertThat(moved.after()).isEqualTo(c.quote().suffix());
    }

    @Test
    void contextOfAVeryLongLineIsCutAtAWord() {
        ReportClaim longQuote = claims(Fixtures.report(Fixtures.world())).get(11);
        assertThat(longQuote.quote()).hasSize(3000);
        assertThat(longQuote.after()).endsWith("…").hasSizeLessThanOrEqualTo(Passage.LIMIT + 1);
        String kept = longQuote.after().substring(0, longQuote.after().length() - 1);
        assertThat(Fixtures.hostileText()).contains(longQuote.quote() + kept);
        assertThat(kept).doesNotEndWith(" ").matches(".*mot\\d{4}$");
    }

    @Test
    void corroboratingAndContradictingClaimsComeFromOtherArticlesByLinkOrGroup() {
        List<ReportClaim> claims = claims(Fixtures.report(Fixtures.world()));
        ReportClaim spend = claims.get(0);
        assertThat(spend.corroborating()).extracting(RelatedClaim::id, RelatedClaim::linked, RelatedClaim::documentTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c3", true, "Les commandes de ByteDance"));
        ReportClaim sale = claims.get(1);
        assertThat(sale.contradicting()).extracting(RelatedClaim::id).containsExactly("c4");
        assertThat(sale.corroborating()).isEmpty();
        ReportClaim information = claims.get(2);
        assertThat(information.corroborating()).extracting(RelatedClaim::id).containsExactly("c1");
    }

    @Test
    void aClaimOutsideTheScopeStillCorroborates() {
        LiveReport verified = Fixtures.report(Fixtures.world(),
                ReportScope.ALL.withStatuses(List.of(ClaimStatus.VERIFIED)));
        List<ReportClaim> claims = claims(verified);
        assertThat(claims).extracting(rc -> rc.claim().id()).containsExactly("c3", "c14");
        assertThat(claims.get(0).corroborating()).extracting(RelatedClaim::id).containsExactly("c1");
    }

    @Test
    void theScopeFiltersByStatusesQueryAndDocumentPrefix() {
        Fixtures.World world = Fixtures.world();
        LiveReport two = Fixtures.report(world,
                ReportScope.ALL.withStatuses(List.of(ClaimStatus.REFUTED, ClaimStatus.DISPUTED)));
        assertThat(claims(two)).extracting(rc -> rc.claim().status()).containsOnly(ClaimStatus.REFUTED,
                ClaimStatus.DISPUTED);
        assertThat(two.method().statuses()).containsExactly(ClaimStatus.DISPUTED, ClaimStatus.REFUTED);

        LiveReport doc = Fixtures.report(world, ReportScope.ALL.withDocId("0afd"));
        assertThat(doc.method().docId()).isEqualTo("0afdbc2315d05444");
        assertThat(claims(doc)).extracting(rc -> rc.claim().id()).containsExactly("c3", "c4");
        assertThat(doc.corpus().documents()).isEqualTo(3);
        assertThat(doc.corpus().documentsWithClaims()).isEqualTo(1);

        LiveReport query = Fixtures.report(world, ReportScope.ALL.withQuery("nvidia"));
        assertThat(claims(query)).extracting(rc -> rc.claim().id()).containsExactly("c2", "c3", "c4");
        assertThat(query.method().query()).isEqualTo("nvidia");

        assertThatThrownBy(() -> Fixtures.report(world, ReportScope.ALL.withDocId("ffff")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ffff");
    }

    @Test
    void summaryAndMethodCountWhatTheReportHolds() {
        LiveReport report = Fixtures.report(Fixtures.world());
        assertThat(report.corpus().claims()).isEqualTo(12);
        assertThat(report.corpus().hedged()).isEqualTo(1);
        assertThat(report.corpus().statuses().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(12);
        assertThat(report.corpus().statuses()).containsKeys(ClaimStatus.values());
        assertThat(report.method().byHand()).isEqualTo(11);
        assertThat(report.method().suggested()).isEqualTo(1);
        assertThat(report.method().suggesters()).singleElement()
                .satisfies(s -> {
                    assertThat(s.name()).isEqualTo("french-rules");
                    assertThat(s.version()).isEqualTo("0.1.0");
                    assertThat(s.claims()).isEqualTo(1);
                });
    }

    @Test
    void claimsAreBuiltAsIteratedReadingEachDocumentOnce() {
        Fixtures.World world = Fixtures.world();
        Fixtures.MemoryStore store = (Fixtures.MemoryStore) world.store();
        LiveReport report = new ReportBuilder(world.claims(), store).build(ReportScope.ALL.withDate(Fixtures.DATE),
                "t", "g", List.of());
        assertThat(store.reads).as("nothing read before iterating").isZero();
        claims(report);
        assertThat(store.reads).isEqualTo(3);
    }

    @Test
    void progressIsReportedPerClaimAndCancellingStopsTheIteration() {
        List<String> seen = new ArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void worked(int units, String item) {
                seen.add(item);
            }

            @Override
            public boolean isCancelled() {
                return seen.size() == 3;
            }
        };
        LiveReport report = Fixtures.report(Fixtures.world()).monitored(monitor);
        assertThatThrownBy(() -> claims(report)).isInstanceOf(CancellationException.class);
        assertThat(seen).containsExactly("c1", "c2", "c3");
    }

    @Test
    void idsCompareAsPeopleCountThem() {
        assertThat(ClaimOrder.compareIds("c2", "c10")).isNegative();
        assertThat(ClaimOrder.compareIds("c10", "c10")).isZero();
        assertThat(ClaimOrder.compareIds("c010", "c10")).isNotZero();
        assertThat(ClaimOrder.compareIds("b9", "c1")).isNegative();
    }
}
