package org.atelier.report.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.ClaimSuggester;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.report.Report;
import org.atelier.api.report.ReportExporter;
import org.atelier.api.report.ReportFormat;
import org.atelier.api.report.ReportMethod;
import org.atelier.api.report.ReportScope;
import org.atelier.api.report.ReportService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The report service: chooses the claims of a scope, orders them and their documents, and hands the model to
 * the exporter of the format asked for. Exporters and claim suggesters are whiteboard services, followed as they
 * come and go; only their properties are read until a format is used, so that listing the formats starts no
 * exporter.
 */
@Component(service = ReportService.class, configurationPid = ReportSettings.PID)
@Designate(ocd = ReportSettings.class)
public class ClaimReportService implements ReportService {
    private final ClaimService claims;
    private final DocumentStore store;
    private final BundleContext context;
    private volatile ReportSettings settings;

    @Reference(service = ReportExporter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<ReportExporter>> exporters = List.of();

    @Reference(service = ClaimSuggester.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<ClaimSuggester>> suggesters = List.of();

    @Activate
    public ClaimReportService(@Reference ClaimService claims, @Reference DocumentStore store, BundleContext context,
            ReportSettings settings) {
        this.claims = claims;
        this.store = store;
        this.context = context;
        this.settings = settings;
    }

    @Modified
    void modified(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<ReportFormat> formats() {
        return List.copyOf(chosen().values().stream().map(ClaimReportService::format).toList());
    }

    @Override
    public Optional<ReportFormat> format(String id) {
        return Optional.ofNullable(chosen().get(id)).map(ClaimReportService::format);
    }

    @Override
    public Report report(ReportScope scope) {
        return build(scope);
    }

    @Override
    public void export(ReportScope scope, String format, OutputStream out, ProgressMonitor progress)
            throws IOException {
        ServiceReference<ReportExporter> reference = chosen().get(format);
        if (reference == null) {
            throw new IllegalArgumentException("unknown format '" + format + "' (installed: "
                    + String.join(", ", chosen().keySet()) + ")");
        }
        LiveReport report = build(scope);
        ReportExporter exporter = context.getService(reference);
        if (exporter == null) {
            throw new IllegalArgumentException("the format '" + format + "' is no longer installed");
        }
        try {
            progress.begin("Exporting " + report.size() + " claims as " + format(reference).label(), report.size());
            exporter.write(report.monitored(progress), out);
            out.flush();
        } finally {
            progress.done();
            context.ungetService(reference);
        }
    }

    /** The exporter of each format id: of two with the same id, the one ranked higher. By id. */
    private Map<String, ServiceReference<ReportExporter>> chosen() {
        Map<String, ServiceReference<ReportExporter>> byFormat = new TreeMap<>();
        for (ServiceReference<ReportExporter> reference : exporters) {
            Object id = reference.getProperty(ReportExporter.FORMAT);
            if (!(id instanceof String format) || format.isBlank()) {
                continue;
            }
            byFormat.merge(format, reference, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return byFormat;
    }

    static ReportFormat format(ServiceReference<ReportExporter> reference) {
        String id = (String) reference.getProperty(ReportExporter.FORMAT);
        return new ReportFormat(id, text(reference.getProperty(ReportExporter.LABEL), id),
                text(reference.getProperty(ReportExporter.MEDIA_TYPE), "application/octet-stream"),
                text(reference.getProperty(ReportExporter.EXTENSION), id),
                Boolean.parseBoolean(String.valueOf(reference.getProperty(ReportExporter.BINARY))));
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String s && !s.isBlank() ? s : otherwise;
    }

    private LiveReport build(ReportScope scope) {
        List<ReportMethod.Suggester> installed = new ArrayList<>();
        List<ServiceReference<ClaimSuggester>> references = new ArrayList<>(suggesters);
        references.sort(Comparator.reverseOrder());
        for (ServiceReference<ClaimSuggester> reference : references) {
            if (reference.getProperty(ClaimSuggester.NAME) instanceof String name && reference.getBundle() != null) {
                installed.add(new ReportMethod.Suggester(name, reference.getBundle().getSymbolicName(),
                        reference.getBundle().getVersion().toString(), 0));
            }
        }
        return new ReportBuilder(claims, store).build(scope, settings.title(),
                "Atelier " + context.getBundle().getVersion(), installed);
    }
}
