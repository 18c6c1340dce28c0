package org.atelier.claims.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.atelier.api.claims.AnchorException;
import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimConflictException;
import org.atelier.api.claims.ClaimEdit;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.ClaimNotFoundException;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.LinkType;
import org.atelier.api.claims.NewClaim;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.claims.MemoryStore;
import org.atelier.claims.ShippedArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceClaimServiceTest {
    static final String EMOJI_TEXT = "Fusée 🚀 et clef 𝄞 : selon Reuters, ByteDance aurait commandé 100 000 puces à Huawei.\n"
            + "Le choix 😀 est stratégique.";
    static final String QUOTE = "ByteDance aurait commandé 100 000 puces à Huawei.";

    @TempDir
    Path root;
    MemoryStore store = new MemoryStore();

    @Test
    void positionsCountCodePointsOfTheStoredText() throws IOException {
        DocumentInfo doc = store.put("emoji.txt", EMOJI_TEXT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim claim = service.add(NewClaim.quoting(doc.id(), QUOTE));
        int utf16 = EMOJI_TEXT.indexOf(QUOTE);
        int codePoints = EMOJI_TEXT.codePointCount(0, utf16);
        assertThat(codePoints).isEqualTo(utf16 - 2); // two characters beyond the BMP before the quote
        assertThat(claim.position()).isEqualTo(new TextPositionSelector(codePoints, codePoints + QUOTE.length()));
        assertThat(claim.position().slice(EMOJI_TEXT)).isEqualTo(QUOTE);
        assertThat(claim.quote().prefix()).endsWith("selon Reuters, ").contains("𝄞");
        assertThat(claim.claimant()).isEqualTo("Reuters");
        assertThat(claim.hedged()).isTrue();
        assertThat(claim.figures()).extracting(Figure::normalized).containsExactly("100000 chips");
        assertThat(claim.version()).isEqualTo(1);
        assertThat(claim.author()).isEqualTo("ana");
    }

    @Test
    void aQuoteTypedWithPlainApostrophesAnchorsTheDocumentsText() throws IOException {
        DocumentInfo doc = store.put("a.txt", "Pékin demande à Alibaba de justifier l’achat de puces.");
        Claim claim = ServiceFixture.open(root, store).add(NewClaim.quoting(doc.id(), "justifier l'achat  de puces"));
        assertThat(claim.text()).isEqualTo("justifier l’achat de puces");
    }

    @Test
    void aQuoteNotThereOrThereTwiceIsRefusedUnlessContextOrPositionSaysWhich() throws IOException {
        DocumentInfo doc = store.put("b.txt", "Huawei livre. Nvidia livre. Huawei livre.");
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        assertThatThrownBy(() -> service.add(NewClaim.quoting(doc.id(), "Tencent livre")))
                .isInstanceOf(AnchorException.class).hasMessageContaining("is not in document");
        assertThatThrownBy(() -> service.add(NewClaim.quoting(doc.id(), "Huawei livre")))
                .isInstanceOfSatisfying(AnchorException.class, e -> assertThat(e.occurrences()).isEqualTo(2));
        Claim second = service.add(new NewClaim(doc.id(), new TextQuoteSelector("Huawei livre", "Nvidia livre. ", ""),
                null, null, null, null, null, null, null, null, null, null));
        assertThat(second.position().start()).isEqualTo(28);
        Claim first = service.add(NewClaim.quoting(doc.id(), "Huawei livre")
                .withPosition(new TextPositionSelector(0, 12)));
        assertThat(first.position().start()).isZero();
        assertThatThrownBy(() -> service.add(NewClaim.quoting("0000000000000000", "Huawei")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no document");
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefused() throws IOException {
        DocumentInfo doc = store.put("emoji.txt", EMOJI_TEXT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim claim = service.add(NewClaim.quoting(doc.id(), QUOTE));
        Claim mine = service.update(claim.id(), 1, ClaimEdit.NONE.withStatus(ClaimStatus.DISPUTED));
        assertThat(mine.version()).isEqualTo(2);
        assertThatThrownBy(() -> service.update(claim.id(), 1, ClaimEdit.NONE.withStatus(ClaimStatus.VERIFIED)))
                .isInstanceOfSatisfying(ClaimConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(service.get(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThatThrownBy(() -> service.update("c99", 1, ClaimEdit.NONE)).isInstanceOf(ClaimNotFoundException.class);
    }

    @Test
    void concurrentEditorsLoseNoUpdate() throws Exception {
        DocumentInfo doc = store.put("emoji.txt", EMOJI_TEXT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim claim = service.add(NewClaim.quoting(doc.id(), QUOTE));
        int editors = 4;
        int edits = 25;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            String editor = "e" + e;
            conflicts.add(pool.submit(() -> {
                start.await();
                int seen = 0;
                for (int i = 0; i < edits; i++) {
                    while (true) {
                        Claim read = service.get(claim.id()).orElseThrow();
                        try {
                            service.update(read.id(), read.version(),
                                    ClaimEdit.NONE.withAddedTag(editor + "-" + i).withNote(editor + " " + i));
                            break;
                        } catch (ClaimConflictException conflict) {
                            seen++; // read again and redo
                        }
                    }
                }
                return seen;
            }));
        }
        start.countDown();
        for (Future<Integer> f : conflicts) {
            f.get();
        }
        pool.shutdown();
        Claim last = service.get(claim.id()).orElseThrow();
        assertThat(last.tags()).hasSize(editors * edits);
        assertThat(last.notes()).hasSize(editors * edits);
        assertThat(last.version()).isEqualTo(1 + editors * edits);
        store.ignore(service);
        assertThat(ServiceFixture.open(root, store).get(claim.id())).contains(last);
    }

    @Test
    void linksGoBothWaysAndGoWithTheClaimRemoved() throws IOException {
        DocumentInfo doc = store.put("b.txt", "Huawei livre des puces. Nvidia livre des puces. Tencent achète.");
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim a = service.add(NewClaim.quoting(doc.id(), "Huawei livre des puces."));
        Claim b = service.add(NewClaim.quoting(doc.id(), "Nvidia livre des puces."));
        Claim linked = service.link(a.id(), b.id(), LinkType.CORROBORATES);
        assertThat(linked.links()).containsExactly(new ClaimLink(LinkType.CORROBORATES, b.id()));
        assertThat(service.get(b.id()).orElseThrow().links()).containsExactly(new ClaimLink(LinkType.CORROBORATES, a.id()));
        assertThat(service.link(a.id(), b.id(), LinkType.CORROBORATES).version()).isEqualTo(linked.version());
        assertThatThrownBy(() -> service.link(a.id(), a.id(), LinkType.SAME_AS)).isInstanceOf(IllegalArgumentException.class);
        service.remove(b.id());
        assertThat(service.get(b.id())).isEmpty();
        assertThat(service.get(a.id()).orElseThrow().links()).isEmpty();
        assertThatThrownBy(() -> service.remove(b.id())).isInstanceOf(ClaimNotFoundException.class);
    }

    @Test
    void claimsFollowTheirDocumentAndAreOrphanedWhenTheirTextGoes() throws IOException {
        DocumentInfo v1 = store.put("emoji.txt", EMOJI_TEXT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim claim = service.add(NewClaim.quoting(v1.id(), QUOTE));

        String moved = "Un paragraphe ajouté 🎉 au début.\n" + EMOJI_TEXT;
        DocumentInfo v2 = store.put("emoji.txt", moved);
        Claim after = service.get(claim.id()).orElseThrow();
        assertThat(after.docId()).isEqualTo(v2.id());
        assertThat(after.orphaned()).isFalse();
        assertThat(after.position().slice(moved)).isEqualTo(QUOTE);
        assertThat(after.position().start()).isEqualTo(claim.position().start() + "Un paragraphe ajouté 🎉 au début.\n"
                .codePointCount(0, 34));
        assertThat(after.version()).isEqualTo(2);

        DocumentInfo v3 = store.put("emoji.txt", "Tout a été réécrit 🚀.");
        Claim orphan = service.get(claim.id()).orElseThrow();
        assertThat(orphan.orphaned()).isTrue();
        assertThat(orphan.docId()).isEqualTo(v2.id()); // where its text still is
        assertThat(service.list(ClaimFilter.ALL.withDocId(v3.id()))).extracting(Claim::id).containsExactly(claim.id());

        DocumentInfo v4 = store.put("emoji.txt", "Revenu : " + QUOTE);
        Claim back = service.get(claim.id()).orElseThrow();
        assertThat(back.orphaned()).isFalse();
        assertThat(back.docId()).isEqualTo(v4.id());
    }

    @Test
    void ofSeveralOccurrencesTheOneWithTheSameContextIsKept() throws IOException {
        DocumentInfo v1 = store.put("c.txt", "Avant A. Huawei livre. Entre. Huawei livre. Fin B.");
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim second = service.add(NewClaim.quoting(v1.id(), "Huawei livre").withPosition(new TextPositionSelector(30, 42)));
        String changed = "Huawei livre. Ajout. Avant A. Huawei livre. Entre. Huawei livre. Fin B.";
        store.put("c.txt", changed);
        Claim after = service.get(second.id()).orElseThrow();
        assertThat(changed.substring(0, after.position().start())).endsWith("Entre. ");
    }

    @Test
    void changesMissedWhileStoppedAreCaughtUpOnStart() throws IOException {
        DocumentInfo v1 = store.put("emoji.txt", EMOJI_TEXT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim claim = service.add(NewClaim.quoting(v1.id(), QUOTE));
        store.ignore(service);
        DocumentInfo v2 = store.put("emoji.txt", "Nouveau début. " + EMOJI_TEXT);
        Claim after = ServiceFixture.open(root, store).get(claim.id()).orElseThrow();
        assertThat(after.docId()).isEqualTo(v2.id());
        assertThat(after.orphaned()).isFalse();
    }

    @Test
    void aRemovedDocumentOrphansItsClaims() throws IOException {
        DocumentInfo doc = store.put("emoji.txt", EMOJI_TEXT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim claim = service.add(NewClaim.quoting(doc.id(), QUOTE));
        store.remove(doc.id());
        assertThat(service.get(claim.id()).orElseThrow().orphaned()).isTrue();
    }

    @Test
    void suggestionIdsAreTheSameFromOneRunToTheNext() throws IOException {
        loadShippedArticles();
        List<String> first = ServiceFixture.open(root, store).suggestions(null).stream().map(Suggestion::id).toList();
        List<String> second = ServiceFixture.open(root.resolve("other"), store).suggestions(null).stream()
                .map(Suggestion::id).toList();
        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(first.get(0)).matches("[0-9a-f]{8}-\\d+-\\d+");
    }

    @Test
    void theSpendOfSevenBillionDollarsIsOneGroupAcrossTwoArticles() throws IOException {
        loadShippedArticles();
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        List<Suggestion> all = service.suggestions(null);
        List<Suggestion> spend = all.stream()
                .filter(s -> s.figures().stream().anyMatch(f -> f.normalized().equals("7000000000 USD")))
                .toList();
        assertThat(spend).hasSize(2);
        assertThat(spend).extracting(Suggestion::docPath)
                .containsExactly("000_5015eb457969e82a.txt", "004_0afdbc2315d05444.txt");
        assertThat(spend.get(0).group()).isNotNull().isEqualTo(spend.get(1).group());
        Set<String> groups = new TreeSet<>();
        all.stream().map(Suggestion::group).filter(g -> g != null).forEach(groups::add);
        long grouped = all.stream().filter(s -> s.group() != null).count();
        assertThat(grouped).as("not everything is one group").isLessThan(all.size() / 2);
        for (String group : groups) {
            assertThat(all.stream().filter(s -> group.equals(s.group())).map(Suggestion::docId).distinct().count())
                    .as("group %s spans documents", group).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void acceptingASuggestionKeepsItsFieldsAndItsGroup() throws IOException {
        loadShippedArticles();
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Suggestion spend = service.suggestions(null).stream()
                .filter(s -> s.docPath().startsWith("004") && s.text().contains("7 milliards")).findFirst().orElseThrow();
        Claim claim = service.accept(spend.id(), null);
        assertThat(claim.group()).isEqualTo(spend.group()).isNotNull();
        assertThat(claim.claimant()).isEqualTo("The Information");
        assertThat(claim.hedged()).isTrue();
        assertThat(claim.origin().suggestion()).isEqualTo(spend.id());
        assertThat(claim.origin().reasons()).isEqualTo(spend.reasons());
        assertThat(claim.position()).isEqualTo(spend.position());
        assertThat(service.accept(spend.id(), null)).isEqualTo(claim);
        assertThat(service.suggestion(spend.id()).orElseThrow().claim()).isEqualTo(claim.id());
        Suggestion other = service.suggestions(null).stream()
                .filter(s -> s.docPath().startsWith("000") && s.text().contains("7 milliards")).findFirst().orElseThrow();
        assertThat(other.group()).isEqualTo(claim.group());

        Claim byHand = service.add(NewClaim.quoting(other.docId(), other.text()));
        assertThat(byHand.group()).isEqualTo(claim.group());
        assertThatThrownBy(() -> service.accept("00000000-1-2", null)).isInstanceOf(ClaimNotFoundException.class);
    }

    @Test
    void aQueryFindsClaimsIgnoringCaseAndAccents() throws IOException {
        DocumentInfo doc = store.put("d.txt", "Les États-Unis durcissent le ton. Pékin répond.");
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim us = service.add(NewClaim.quoting(doc.id(), "Les États-Unis durcissent le ton."));
        Claim china = service.add(NewClaim.quoting(doc.id(), "Pékin répond.").withNote("voir la réponse de Pekin"));
        assertThat(service.list(ClaimFilter.ALL.withQuery("etats-UNIS"))).extracting(Claim::id).containsExactly(us.id());
        assertThat(service.list(ClaimFilter.ALL.withQuery("pekin"))).extracting(Claim::id).containsExactly(china.id());
        service.update(us.id(), 1, ClaimEdit.NONE.withStatus(ClaimStatus.VERIFIED).withAddedTag("Export"));
        assertThat(service.list(ClaimFilter.ALL.withStatus(ClaimStatus.VERIFIED))).extracting(Claim::id)
                .containsExactly(us.id());
        assertThat(service.list(ClaimFilter.ALL.withTag("export"))).extracting(Claim::id).containsExactly(us.id());
    }

    private void loadShippedArticles() throws IOException {
        for (Path article : ShippedArticles.files()) {
            store.put(article.getFileName().toString(), ShippedArticles.stored(article));
        }
    }
}
