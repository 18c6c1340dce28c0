package org.atelier.benchmark.report;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.atelier.api.report.ReportExporter;
import org.atelier.api.report.ReportMethod;
import org.atelier.api.report.ReportScope;
import org.atelier.report.format.annotation.WebAnnotationExporter;
import org.atelier.report.format.claimreview.ClaimReviewExporter;
import org.atelier.report.format.claimreview.ClaimReviewSettings;
import org.atelier.report.format.csv.CsvExporter;
import org.atelier.report.format.html.HtmlExporter;
import org.atelier.report.format.markdown.MarkdownExporter;
import org.atelier.report.format.pdf.PdfExporter;
import org.atelier.report.format.pdf.PdfSettings;
import org.atelier.report.service.LiveReport;
import org.atelier.report.service.ReportBuilder;

/**
 * Exports generated claims in every format with the exporters the workbench runs, to a stream that counts and
 * drops the bytes (the disk is not what is measured): the time of each export (median of the rounds, after one
 * round of warm-up), the size of the output, and the smallest heap in which a fresh JVM still exports them, found
 * by running one export per child JVM with -Xmx growing until it succeeds. The baselines: {@code model}, the
 * report built and its claims iterated with nothing written (what every format pays before writing), and the
 * smallest heap that merely holds the claims: what an export adds is the difference.
 */
public final class ReportBenchmark {
    private static final List<String> FORMATS = List.of("md", "html", "pdf", "csv", "annotations", "claimreview");
    private static final int[] HEAPS_MB = {8, 12, 16, 20, 24, 32, 48, 64, 96, 128, 192, 256};

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int claims = Integer.parseInt(o.getOrDefault("--claims", "10000"));
        int documents = Integer.parseInt(o.getOrDefault("--documents", "20"));
        if (o.containsKey("--child")) {
            System.exit(child(o.get("--child"), claims, documents));
        }
        int rounds = Integer.parseInt(o.getOrDefault("--rounds", "5"));
        List<String> formats = o.containsKey("--formats") ? List.of(o.get("--formats").split(",")) : FORMATS;

        BenchClaims bench = BenchClaims.generate(claims, documents);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Report export: %,d claims in %d articles, %d rounds, Java %s, %d cores, "
                + "heap %d MB%n%n", claims, documents, rounds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        report.append("| format | median | fastest | claims/s | x model | output | smallest heap |\n");
        report.append("| --- | --: | --: | --: | --: | --: | --: |\n");
        System.out.print(report);
        double model = 0;
        List<String> rows = new ArrayList<>(List.of("model"));
        rows.addAll(formats);
        for (String format : rows) {
            ReportExporter exporter = exporter(format);
            long bytes = export(exporter, bench);
            long[] times = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                export(exporter, bench);
                times[r] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            double median = times[rounds / 2] / 1e6;
            if (format.equals("model")) {
                model = median;
            }
            String line = String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %,.0f | %.1fx | %.1f MB | %s |%n",
                    format, median, times[0] / 1e6, claims / (median / 1000), median / model, bytes / 1e6,
                    smallestHeap(format, claims, documents));
            report.append(line);
            System.out.print(line);
        }
        String baseline = "\nmodel: the report built and its claims iterated (context, related claims), nothing "
                + "written. The claims alone, generated and held, fit in " + smallestHeap("none", claims, documents)
                + ".\n";
        report.append(baseline);
        System.out.print(baseline);
        if (o.containsKey("--out")) {
            Path out = Path.of(o.get("--out"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report);
        }
    }

    /** One export in this JVM, for the parent's search of the smallest heap: 0 when it went through. */
    private static int child(String format, int claims, int documents) throws IOException {
        BenchClaims bench = BenchClaims.generate(claims, documents);
        if (format.equals("none")) {
            return bench.claims.size() == claims ? 0 : 1;
        }
        export(exporter(format), bench);
        return 0;
    }

    /** The first heap, going up, in which a fresh JVM builds the claims and exports them. */
    private static String smallestHeap(String format, int claims, int documents) throws Exception {
        for (int heap : HEAPS_MB) {
            if (runsIn(heap, format, claims, documents)) {
                return heap + " MB";
            }
        }
        return "> " + HEAPS_MB[HEAPS_MB.length - 1] + " MB";
    }

    private static boolean runsIn(int heapMb, String format, int claims, int documents) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx" + heapMb + "m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), ReportBenchmark.class.getName(), "--child", format,
                "--claims", String.valueOf(claims), "--documents", String.valueOf(documents))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            return false;
        }
        return child.exitValue() == 0;
    }

    private static long export(ReportExporter exporter, BenchClaims bench) throws IOException {
        LiveReport report = new ReportBuilder(bench.claimService(), bench.store()).build(
                ReportScope.ALL.withDate(Instant.parse("2026-11-23T10:00:00Z")), "Claims report", "Atelier benchmark",
                List.of(new ReportMethod.Suggester("french-rules", "org.atelier.claims", "0.1.0", 0)));
        Counting out = new Counting();
        exporter.write(report, out);
        return out.bytes;
    }

    static ReportExporter exporter(String format) {
        return switch (format) {
            case "model" -> (report, out) -> {
                long n = 0;
                for (var claim : report.claims()) {
                    n += claim.before().length() + claim.corroborating().size();
                }
                out.write((int) (n & 0x7f));
            };
            case "md" -> new MarkdownExporter();
            case "html" -> new HtmlExporter();
            case "pdf" -> new PdfExporter(defaults(PdfSettings.class));
            case "csv" -> new CsvExporter();
            case "annotations" -> new WebAnnotationExporter();
            case "claimreview" -> new ClaimReviewExporter(defaults(ClaimReviewSettings.class));
            default -> throw new IllegalArgumentException("unknown format " + format + " (one of " + FORMATS + ")");
        };
    }

    /** A settings annotation with its defaults, as Declarative Services gives it without configuration. */
    @SuppressWarnings("unchecked")
    private static <A extends Annotation> A defaults(Class<A> type) {
        return (A) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("annotationType") ? type : method.getDefaultValue());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> words = new ArrayList<>(List.of(args));
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).startsWith("--") || i + 1 >= words.size()) {
                throw new IllegalArgumentException("usage: ReportBenchmark [--claims N] [--documents D] [--rounds R] "
                        + "[--formats md,html,...] [--out FILE]");
            }
            options.put(words.get(i), words.get(++i));
        }
        return options;
    }

    /** Counts the bytes and drops them. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
