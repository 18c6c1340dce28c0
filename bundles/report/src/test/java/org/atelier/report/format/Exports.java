package org.atelier.report.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.atelier.api.report.Report;
import org.atelier.api.report.ReportExporter;
import org.atelier.report.format.annotation.WebAnnotationExporter;
import org.atelier.report.format.claimreview.ClaimReviewExporter;
import org.atelier.report.format.claimreview.ClaimReviewSettings;
import org.atelier.report.format.csv.CsvExporter;
import org.atelier.report.format.html.HtmlExporter;
import org.atelier.report.format.markdown.MarkdownExporter;
import org.atelier.report.format.pdf.PdfExporter;
import org.atelier.report.format.pdf.PdfSettings;

/** The exporters as the framework would make them, with their default settings, and their output. */
public final class Exports {
    private Exports() {}

    public static final PdfSettings PDF_DEFAULTS = defaults(PdfSettings.class);

    public static PdfExporter pdf() {
        return new PdfExporter(PDF_DEFAULTS);
    }

    public static ClaimReviewExporter claimReview(String organisation, String url) {
        return new ClaimReviewExporter(new ClaimReviewSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClaimReviewSettings.class;
            }

            @Override
            public String organisation() {
                return organisation;
            }

            @Override
            public String url() {
                return url;
            }
        });
    }

    /** Every built-in exporter, by format id. */
    public static List<ReportExporter> all() {
        return List.of(new MarkdownExporter(), new HtmlExporter(), pdf(), new CsvExporter(),
                new WebAnnotationExporter(), claimReview("", ""));
    }

    public static byte[] bytes(ReportExporter exporter, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String text(ReportExporter exporter, Report report) {
        return new String(bytes(exporter, report), StandardCharsets.UTF_8);
    }

    /** An instance of a settings annotation with every default, as DS gives one without configuration. */
    @SuppressWarnings("unchecked")
    static <A extends Annotation> A defaults(Class<A> type) {
        return (A) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("annotationType") ? type : method.getDefaultValue());
    }
}
