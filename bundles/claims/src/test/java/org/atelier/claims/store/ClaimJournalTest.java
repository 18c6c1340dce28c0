package org.atelier.claims.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.LinkType;
import org.atelier.api.claims.Note;
import org.atelier.api.claims.Origin;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.claims.NoLog;
import org.atelier.claims.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimJournalTest {
    @TempDir
    Path root;

    private ClaimJournal open(int snapshotEvery) throws IOException {
        TestWorkspace workspace = new TestWorkspace(root);
        return new ClaimJournal(workspace, workspace.area("claims"), NoLog.logger(), snapshotEvery);
    }

    static Claim claim(String id, long version) {
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        return new Claim(id, "0123456789abcdef", "a.txt", new TextQuoteSelector("Le 🚀 décolle", "avant ", " après"),
                new TextPositionSelector(6, 18), "Reuters", "ByteDance",
                List.of(new Figure("7 milliards de dollars", 7e9, "USD", Figure.Kind.MONEY)), true,
                ClaimStatus.DISPUTED, "deux sources", List.of("puces"), List.of(new Note("ana", t, "à vérifier")),
                "ana", t, t.plusSeconds(version), List.of(new ClaimLink(LinkType.SAME_AS, "c9")), version, false,
                "g01234567", new Origin("01234567-6-18", "french-rules", 0.8, List.of("money")));
    }

    @Test
    void whatWasCommittedIsThereAfterReopeningWithoutAClose() throws IOException {
        ClaimJournal journal = open(1000);
        journal.load();
        Map<String, Claim> all = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            Claim c = claim(journal.newId(), 1);
            all.put(c.id(), c);
            journal.commit(List.of(c), List.of(), all);
        }
        Claim changed = claim("c2", 2);
        all.put("c2", changed);
        journal.commit(List.of(changed), List.of(), all);
        all.remove("c4");
        journal.commit(List.of(), List.of("c4"), all);
        // No close: as after kill -9.

        ClaimJournal.Loaded loaded = open(1000).load();
        assertThat(loaded.claims()).isEqualTo(all);
        assertThat(loaded.claims().get("c2")).isEqualTo(changed);
        assertThat(loaded.tornTail()).isFalse();
    }

    @Test
    void aTornLastChangeIsDroppedAndCutOff() throws IOException {
        ClaimJournal journal = open(1000);
        journal.load();
        Map<String, Claim> all = new LinkedHashMap<>();
        Claim c1 = claim(journal.newId(), 1);
        all.put(c1.id(), c1);
        journal.commit(List.of(c1), List.of(), all);
        Path file = root.resolve("claims").resolve(ClaimJournal.JOURNAL);
        long good = Files.size(file);
        String line = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        Files.writeString(file, line.substring(0, line.length() / 2), StandardOpenOption.APPEND);

        ClaimJournal reopened = open(1000);
        ClaimJournal.Loaded loaded = reopened.load();
        assertThat(loaded.tornTail()).isTrue();
        assertThat(loaded.claims()).containsOnlyKeys("c1");
        assertThat(Files.size(file)).isEqualTo(good);

        Claim c2 = claim(reopened.newId(), 1);
        all.put(c2.id(), c2);
        reopened.commit(List.of(c2), List.of(), all);
        assertThat(open(1000).load().claims()).containsOnlyKeys("c1", "c2");
    }

    @Test
    void aDamagedLastLineIsDroppedToo() throws IOException {
        ClaimJournal journal = open(1000);
        journal.load();
        Claim c1 = claim(journal.newId(), 1);
        journal.commit(List.of(c1), List.of(), Map.of("c1", c1));
        Path file = root.resolve("claims").resolve(ClaimJournal.JOURNAL);
        Files.writeString(file, "0badc0de {\"sequence\":2,\"put\":[]}\n", StandardOpenOption.APPEND);
        ClaimJournal.Loaded loaded = open(1000).load();
        assertThat(loaded.tornTail()).isTrue();
        assertThat(loaded.claims()).containsOnlyKeys("c1");
    }

    @Test
    void aSnapshotReplacesTheJournalAndIdsAreNeverGivenTwice() throws IOException {
        ClaimJournal journal = open(3);
        journal.load();
        Map<String, Claim> all = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            Claim c = claim(journal.newId(), 1);
            all.put(c.id(), c);
            journal.commit(List.of(c), List.of(), all);
        }
        Path folder = root.resolve("claims");
        assertThat(folder.resolve(ClaimJournal.SNAPSHOT)).exists();
        assertThat(Files.readAllLines(folder.resolve(ClaimJournal.JOURNAL))).hasSize(1);
        all.remove("c4");
        journal.commit(List.of(), List.of("c4"), all);

        ClaimJournal reopened = open(3);
        assertThat(reopened.load().claims()).isEqualTo(all);
        assertThat(reopened.newId()).isEqualTo("c5");
    }

    @Test
    void aCrashBetweenSnapshotAndEmptyingTheJournalAppliesNothingTwice() throws IOException {
        ClaimJournal journal = open(1000);
        journal.load();
        Map<String, Claim> all = new LinkedHashMap<>();
        Claim c1 = claim(journal.newId(), 1);
        all.put("c1", c1);
        journal.commit(List.of(c1), List.of(), all);
        all.remove("c1");
        journal.commit(List.of(), List.of("c1"), all);
        Path file = root.resolve("claims").resolve(ClaimJournal.JOURNAL);
        byte[] before = Files.readAllBytes(file);
        Claim c2 = claim(journal.newId(), 1);
        all.put("c2", c2);
        journal.commit(List.of(c2), List.of(), all);
        journal.snapshot(all.values());
        Files.write(file, before); // the journal as it was before the snapshot: c1 added, then removed

        ClaimJournal.Loaded loaded = open(1000).load();
        assertThat(loaded.claims()).containsOnlyKeys("c2");
        assertThat(loaded.nextId()).isEqualTo(3);
    }
}
