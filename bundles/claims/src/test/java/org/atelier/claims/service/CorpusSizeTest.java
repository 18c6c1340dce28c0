package org.atelier.claims.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimEdit;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.NewClaim;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.claims.MemoryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording, editing and accepting a claim cost the same whatever the size of the corpus: they read the claim's
 * own document at most, and never walk the corpus. Counted in documents read, not timed.
 */
class CorpusSizeTest {
    static final int DOCUMENTS = 2_000;
    static final String FIRST_REPORT = "Selon Reuters, Huawei aurait livré 7 000 puces à ByteDance en mars.";
    static final String SECOND_REPORT = "D'après Reuters, Huawei a livré 7 000 puces à ByteDance, dit l'agence.";

    @TempDir
    Path root;
    MemoryStore store = new MemoryStore();
    List<DocumentInfo> corpus = new ArrayList<>();

    @BeforeEach
    void storeALargeCorpus() {
        for (int i = 0; i < DOCUMENTS; i++) {
            corpus.add(store.put("depeche-" + i + ".txt", "Dépêche " + i + ". Selon l'agence, le fondeur aurait "
                    + "vendu " + (10_000 + i) + " tranches à Shenzhen. Le marché reste calme."));
        }
    }

    @Test
    void recordingEditingAndAcceptingAClaimReadOnlyItsOwnDocument() throws IOException {
        DocumentInfo first = store.put("premiere.txt", FIRST_REPORT);
        DocumentInfo second = store.put("seconde.txt", SECOND_REPORT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);

        store.resetCounts();
        Claim recorded = service.add(NewClaim.quoting(first.id(), FIRST_REPORT));
        assertReadAtMost(first);

        store.resetCounts();
        Claim restated = service.add(NewClaim.quoting(second.id(), SECOND_REPORT));
        assertReadAtMost(second);
        assertThat(restated.group()).as("grouped with the claim of the other document, without reading it")
                .isNotNull();

        store.resetCounts();
        Claim edited = service.update(recorded.id(), recorded.version(),
                ClaimEdit.NONE.withStatus(ClaimStatus.DISPUTED).withAddedTag("export").withNote("à vérifier"));
        assertThat(edited.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertReadAtMost();

        DocumentInfo suggested = corpus.get(DOCUMENTS / 2);
        store.resetCounts();
        List<Suggestion> inDocument = service.suggestions(suggested.id());
        assertThat(inDocument).isNotEmpty();
        assertReadAtMost(suggested);

        store.resetCounts();
        Claim accepted = service.accept(inDocument.get(0).id(), null);
        assertThat(accepted.docId()).isEqualTo(suggested.id());
        assertReadAtMost(suggested);

        // Another workspace, where no suggestion was given: accepting one by id finds its document by the id.
        DocumentInfo unseen = corpus.get(DOCUMENTS - 1);
        String unseenSuggestion = service.suggestions(unseen.id()).get(0).id();
        WorkspaceClaimService fresh = ServiceFixture.open(root.resolve("fresh"), store);
        store.resetCounts();
        assertThat(fresh.accept(unseenSuggestion, null).docId()).isEqualTo(unseen.id());
        assertReadAtMost(unseen);

        // Starting again, with every claim's document current, neither reads nor walks the corpus.
        store.ignore(service);
        store.resetCounts();
        assertThat(ServiceFixture.open(root, store).get(edited.id())).contains(edited);
        assertReadAtMost();
    }

    @Test
    void corpusWideWorkSkipsADocumentThatCannotBeRead() throws IOException {
        DocumentInfo first = store.put("premiere.txt", FIRST_REPORT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim claim = service.add(NewClaim.quoting(first.id(), FIRST_REPORT));
        DocumentInfo damaged = corpus.get(7);
        store.damage(damaged.id());

        List<Suggestion> all = service.suggestions(null);
        assertThat(all).extracting(Suggestion::docId).doesNotContain(damaged.id()).contains(corpus.get(8).id());
        assertThat(service.suggestions(damaged.id())).isEmpty();

        // The source changes while the claims are stopped, and its new version cannot be read back: the claim
        // stays where it is, for the next start to anchor.
        store.ignore(service);
        DocumentInfo changed = store.put("premiere.txt", "Correction. " + FIRST_REPORT);
        store.damage(changed.id());
        Claim after = ServiceFixture.open(root, store).get(claim.id()).orElseThrow();
        assertThat(after.docId()).isEqualTo(first.id());
        assertThat(after.orphaned()).isFalse();
    }

    /** Since the last reset, no walk of the corpus, and no document read but {@code own}. */
    private void assertReadAtMost(DocumentInfo... own) {
        assertThat(store.walks()).as("walks of the corpus").isZero();
        List<String> allowed = Arrays.stream(own).map(DocumentInfo::id).toList();
        assertThat(store.reads()).as("documents read").allMatch(allowed::contains);
    }
}
