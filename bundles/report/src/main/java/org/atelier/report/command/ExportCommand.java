package org.atelier.report.command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.atelier.api.command.AtelierCommands;
import org.atelier.api.command.CommandException;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.report.ReportFormat;
import org.atelier.api.report.ReportScope;
import org.atelier.api.report.ReportService;
import org.atelier.report.io.KeepOpen;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code export} command: the claims as a report, in any installed format, to stdout or to a file written
 * whole or not at all. Options are read here from the words as typed, so that {@code -o} reaches it.
 */
@Component(service = ExportCommand.class, property = {
        AtelierCommands.SCOPE_PROPERTY + "=" + AtelierCommands.SCOPE,
        AtelierCommands.FUNCTION_PROPERTY + "=export"})
public class ExportCommand {
    static final String USAGE = "--format FORMAT [--query Q] [--status S]... [--doc ID] [-o FILE]\n"
            + "                         or --list\n"
            + "\n"
            + "  --format FORMAT        md, html, pdf, csv, annotations (W3C Web Annotation JSON-LD),\n"
            + "                         claimreview (schema.org JSON-LD), or a format a plugin adds\n"
            + "  --query Q              only claims that match Q (search syntax, or text in the claim)\n"
            + "  --status S             only claims with this status (repeat, or S1,S2):\n"
            + "                         unverified|corroborated|disputed|refuted|verified\n"
            + "  --doc ID               only claims of this document (the first characters of its id)\n"
            + "  -o FILE                write to FILE (replaced only once complete), not stdout;\n"
            + "                         a PDF is written to a file only\n"
            + "  --list                 the installed formats\n"
            + "\n"
            + "Exit codes: 0 done, 1 failed while writing, 2 wrong usage (an unknown format, status or\n"
            + "document, a file that cannot be written).";

    private final ReportService reports;

    @Activate
    public ExportCommand(@Reference ReportService reports) {
        this.reports = reports;
    }

    @Descriptor("Export the claims as a report: Markdown, HTML, PDF, CSV, Web Annotations, ClaimReview")
    public void export(CommandSession session, @Descriptor(USAGE) String... options) throws IOException {
        ExportOptions o = ExportOptions.parse(options == null ? List.of() : List.of(options));
        PrintStream out = System.out;
        if (o.list()) {
            list(out);
            return;
        }
        if (o.format() == null) {
            throw CommandException.usage("export: give --format (" + ids() + "), or --list");
        }
        ReportFormat format = reports.format(o.format()).orElseThrow(() -> CommandException.usage(
                "export: unknown format '" + o.format() + "' (installed: " + ids() + ")"));
        ReportScope scope = new ReportScope(o.query(), o.statuses(), o.doc(), null);
        Counter counter = new Counter();

        if (o.output() == null) {
            if (format.binary()) {
                throw CommandException.usage("export: " + format.label() + " is not text: give -o FILE");
            }
            run(scope, format, new KeepOpen(out), counter, "export");
            out.flush();
            return;
        }
        Path target = currentDirectory(session).resolve(o.output()).normalize();
        String problem = AtomicFile.problem(target);
        if (problem != null) {
            throw CommandException.usage("export: cannot write " + o.output() + ": " + problem);
        }
        try {
            AtomicFile.write(target, stream -> run(scope, format, stream, counter, "export"));
        } catch (java.nio.file.AccessDeniedException e) {
            throw CommandException.usage("export: cannot write " + o.output() + ": permission denied");
        } catch (IOException e) {
            throw CommandException.failure("export: writing " + o.output() + " failed: " + message(e));
        }
        out.println("Exported " + counter.claims + (counter.claims == 1 ? " claim" : " claims") + " to "
                + o.output() + " (" + format.label() + ")");
        out.flush();
    }

    private void run(ReportScope scope, ReportFormat format, OutputStream stream, Counter counter, String command)
            throws IOException {
        try {
            reports.export(scope, format.id(), stream, counter);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(command + ": " + e.getMessage());
        } catch (CancellationException e) {
            throw CommandException.failure(command + ": cancelled");
        }
    }

    private void list(PrintStream out) {
        List<ReportFormat> formats = reports.formats();
        if (formats.isEmpty()) {
            out.println("No export formats installed");
            return;
        }
        out.printf("%-14s %-10s %-34s %s%n", "FORMAT", "EXTENSION", "NAME", "MEDIA TYPE");
        for (ReportFormat f : formats) {
            out.printf("%-14s %-10s %-34s %s%n", f.id(), "." + f.extension(), f.label(), f.mediaType());
        }
        out.println(formats.size() + (formats.size() == 1 ? " format" : " formats"));
    }

    private String ids() {
        return String.join(", ", reports.formats().stream().map(ReportFormat::id).toList());
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static Path currentDirectory(CommandSession session) {
        Path directory = session == null ? null : session.currentDir();
        return (directory != null ? directory : Path.of("")).toAbsolutePath().normalize();
    }

    /** Counts the claims written. */
    private static final class Counter implements ProgressMonitor {
        int claims;

        @Override
        public void worked(int units, String item) {
            claims += units;
        }
    }
}
