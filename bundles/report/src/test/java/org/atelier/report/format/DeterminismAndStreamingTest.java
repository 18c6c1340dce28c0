package org.atelier.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.report.ReportExporter;
import org.atelier.api.report.ReportScope;
import org.atelier.report.Fixtures;
import org.atelier.report.service.LiveReport;
import org.junit.jupiter.api.Test;

/**
 * Every format: the same claims give the same bytes whatever order the claim service lists them in, the date
 * aside; and output streams out while the claims are being built, rather than at the end.
 */
class DeterminismAndStreamingTest {

    @Test
    void theSameClaimsGiveTheSameBytesInEveryFormat() {
        Fixtures.World world = Fixtures.world();
        Fixtures.World shuffled = Fixtures.world();
        List<Claim> claims = new ArrayList<>(shuffled.all());
        Collections.reverse(claims);
        shuffled.claimsInOrder(claims);
        for (ReportExporter exporter : Exports.all()) {
            byte[] first = Exports.bytes(exporter, Fixtures.report(world));
            byte[] again = Exports.bytes(exporter, Fixtures.report(world));
            byte[] reordered = Exports.bytes(exporter, Fixtures.report(shuffled));
            assertSameBytes(exporter.getClass().getSimpleName(), first, again);
            assertSameBytes(exporter.getClass().getSimpleName() + ", claims listed in another order", first,
                    reordered);
        }
    }

    @Test
    void onlyTheDateChangesWhenTheDateChanges() {
        Fixtures.World world = Fixtures.world();
        for (ReportExporter exporter : Exports.all()) {
            if (exporter instanceof org.atelier.report.format.pdf.PdfExporter
                    || exporter instanceof org.atelier.report.format.claimreview.ClaimReviewExporter) {
                continue; // compressed, or no report date in it
            }
            String a = Exports.text(exporter, Fixtures.report(world));
            String b = Exports.text(exporter, Fixtures.report(world,
                    ReportScope.ALL.withDate(Instant.parse("2027-01-05T08:09:10Z"))));
            assertThat(b.replace("2027-01-05T08:09:10Z", "2026-11-23T10:00:00Z"))
                    .as(exporter.getClass().getSimpleName()).isEqualTo(a);
        }
    }

    /**
     * Ten thousand claims: by the time the last claim is built, most of the output has already left the exporter.
     * A format that gathered everything first would have written nothing.
     */
    @Test
    void tenThousandClaimsStreamOutAsTheyAreBuilt() {
        Fixtures.World world = manyClaims(10_000);
        for (ReportExporter exporter : Exports.all()) {
            Counting out = new Counting();
            long[] atLastClaim = {-1};
            ProgressMonitor monitor = new ProgressMonitor() {
                int built;

                @Override
                public void worked(int units, String item) {
                    if (++built == 10_000) {
                        atLastClaim[0] = out.bytes;
                    }
                }
            };
            LiveReport report = Fixtures.report(world).monitored(monitor);
            try {
                exporter.write(report, out);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            String name = exporter.getClass().getSimpleName();
            assertThat(atLastClaim[0]).as(name + ": bytes out when the last claim was built").isPositive();
            assertThat((double) atLastClaim[0] / out.bytes).as(name + ": share of the output already written")
                    .isGreaterThan(0.8);
            assertThat(out.closed).as(name + " closed the caller's stream").isFalse();
        }
    }

    /** Says where two outputs differ, rather than printing both. */
    static void assertSameBytes(String what, byte[] expected, byte[] actual) {
        int at = java.util.Arrays.mismatch(expected, actual);
        if (at >= 0) {
            int from = Math.max(0, at - 80);
            throw new AssertionError(what + ": differs at byte " + at + " of " + expected.length + "/" + actual.length
                    + ":\n" + new String(expected, from, Math.min(expected.length, at + 80) - from,
                            java.nio.charset.StandardCharsets.ISO_8859_1)
                    + "\n---\n" + new String(actual, from, Math.min(actual.length, at + 80) - from,
                            java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    /** {@code count} claims over ten generated articles. */
    static Fixtures.World manyClaims(int count) {
        Fixtures.World w = new Fixtures.World();
        int perDocument = count / 10;
        ClaimStatus[] statuses = ClaimStatus.values();
        for (int d = 0; d < 10; d++) {
            StringBuilder text = new StringBuilder("Article " + d + "\n");
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < perDocument; i++) {
                String sentence = "Selon la source " + i + ", le groupe " + d + " aurait acheté " + (i * 7 % 1000)
                        + " 000 puces à 12,5 % de remise.";
                spans.add(new int[] {text.length(), text.length() + sentence.length()});
                text.append(sentence).append(i % 5 == 4 ? "\n" : " ");
            }
            String id = String.format("%016x", 0xabc000L + d);
            String body = text.toString();
            w.document(id, "Article " + d, "gen/" + d + ".txt", "Le Quotidien", "2025-03-0" + (d % 9 + 1), null,
                    body);
            for (int i = 0; i < perDocument; i++) {
                int[] span = spans.get(i);
                TextPositionSelector position = TextPositionSelector.ofUtf16(body, span[0], span[1]);
                w.put(new Claim("c" + (d * perDocument + i + 1), id, "gen/" + d + ".txt",
                        TextQuoteSelector.of(body, position), position, "la source " + i, null, List.of(), i % 3 == 0,
                        statuses[i % statuses.length], null, List.of(), List.of(), "bench", Fixtures.RECORDED,
                        Fixtures.RECORDED, List.of(), 1, false, "g" + d / 2 + "-" + i, null));
            }
        }
        return w;
    }

    /** Counts what is written, and whether it was closed. */
    static final class Counting extends OutputStream {
        long bytes;
        boolean closed;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
