package org.atelier.corpus.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long now;
    private final ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            () -> now);

    private String drawn() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawsCountRateAndTimeLeftInPlace() {
        line.begin("Importing", 100);
        now = 2_000_000_000L;
        line.worked(20, "a.txt");
        assertThat(drawn()).isEqualTo("\rImporting 0/100 files"
                + "\rImporting 20/100 files, 10 files/s, about 8 s left");
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        line.begin("Importing", 1000);
        for (int i = 0; i < 50; i++) {
            now += 1_000_000L; // 1 ms per file
            line.worked(1, "f");
        }
        assertThat(drawn().chars().filter(c -> c == '\r').count()).isEqualTo(1);
        now += 100_000_000L;
        line.worked(1, "f");
        assertThat(drawn().chars().filter(c -> c == '\r').count()).isEqualTo(2);
    }

    @Test
    void theLastFileIsAlwaysDrawnAndTheLineErasedAtTheEnd() {
        line.begin("Importing", 2);
        now = 1_000_000L;
        line.worked(1, "a");
        line.worked(1, "b");
        assertThat(drawn()).endsWith("\rImporting 2/2 files");
        line.done();
        assertThat(drawn()).endsWith("\r" + " ".repeat("Importing 2/2 files".length()) + "\r");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(ProgressLine.duration(42)).isEqualTo("42 s");
        assertThat(ProgressLine.duration(185)).isEqualTo("3 min 5 s");
        assertThat(ProgressLine.duration(7260)).isEqualTo("2 h 1 min");
    }
}
