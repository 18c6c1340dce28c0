package org.atelier.web.contributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.atelier.api.report.ReportExporter;
import org.atelier.api.web.CommandContribution;
import org.atelier.api.web.ViewContribution;
import org.atelier.web.events.EventHub;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The views, commands and report formats the installed bundles contribute (the Eclipse registry, as a DS
 * whiteboard): kept as they come and go, each change told to open pages as a {@code contributions} event.
 */
@Component(service = ContributionRegistry.class)
public final class ContributionRegistry {
    /** A view, as {@code /api/contributions} lists it. */
    public record View(String id, String label, ViewContribution.Area area, String module, int rank, String bundle) {}

    /** A command, as {@code /api/contributions} lists it. */
    public record Command(String id, String label, String menu, String keys, String module, String bundle) {}

    /** A report format, as {@code /api/contributions} lists it. */
    public record Format(String id, String label, String mediaType, String extension, boolean binary) {}

    /** Everything contributed: the body of {@code GET /api/contributions} and of the event. */
    public record Contributions(List<View> views, List<Command> commands, List<Format> formats) {}

    private final EventHub hub;
    private final Map<ServiceReference<?>, View> views = new ConcurrentHashMap<>();
    private final Map<ServiceReference<?>, Command> commands = new ConcurrentHashMap<>();
    private final Map<ServiceReference<?>, Format> formats = new ConcurrentHashMap<>();

    @Activate
    public ContributionRegistry(@Reference EventHub hub) {
        this.hub = hub;
    }

    public Contributions current() {
        List<View> viewList = new ArrayList<>(views.values());
        viewList.sort(Comparator.comparing(View::area).thenComparingInt(View::rank).thenComparing(View::id));
        List<Command> commandList = new ArrayList<>(commands.values());
        commandList.sort(Comparator.comparing(Command::id));
        return new Contributions(viewList, commandList, formats());
    }

    /** One format per id: of two exporters of the same format, the one ranked higher, as the report bundle does. */
    private List<Format> formats() {
        List<ServiceReference<?>> ranked = new ArrayList<>(formats.keySet());
        ranked.sort(Comparator.reverseOrder()); // a ServiceReference orders by ranking, then registration
        Map<String, Format> byId = new LinkedHashMap<>();
        for (ServiceReference<?> reference : ranked) {
            Format format = formats.get(reference);
            if (format != null) {
                byId.putIfAbsent(format.id(), format);
            }
        }
        List<Format> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(Format::id));
        return list;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addView(ViewContribution view, ServiceReference<ViewContribution> reference) {
        views.put(reference, new View(view.id(), view.label(), view.area(), view.module(), view.rank(),
                bundle(reference)));
        changed();
    }

    void removeView(ServiceReference<ViewContribution> reference) {
        views.remove(reference);
        changed();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCommand(CommandContribution command, ServiceReference<CommandContribution> reference) {
        commands.put(reference, new Command(command.id(), command.label(), command.menu(), command.keys(),
                command.module(), bundle(reference)));
        changed();
    }

    void removeCommand(ServiceReference<CommandContribution> reference) {
        commands.remove(reference);
        changed();
    }

    /** Only the exporter's properties are read: the exporter itself is not needed to list it. */
    @Reference(service = ReportExporter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addExporter(ServiceReference<ReportExporter> reference) {
        Object id = reference.getProperty(ReportExporter.FORMAT);
        if (id == null) {
            return; // not a format anyone can ask for
        }
        Object label = reference.getProperty(ReportExporter.LABEL);
        Object mediaType = reference.getProperty(ReportExporter.MEDIA_TYPE);
        Object extension = reference.getProperty(ReportExporter.EXTENSION);
        formats.put(reference, new Format(id.toString(), label == null ? id.toString() : label.toString(),
                mediaType == null ? "application/octet-stream" : mediaType.toString(),
                extension == null ? id.toString() : extension.toString(),
                Boolean.parseBoolean(String.valueOf(reference.getProperty(ReportExporter.BINARY)))));
        changed();
    }

    void removeExporter(ServiceReference<ReportExporter> reference) {
        formats.remove(reference);
        changed();
    }

    private void changed() {
        hub.publish("contributions", current());
    }

    private static String bundle(ServiceReference<?> reference) {
        return reference.getBundle() == null ? null : reference.getBundle().getSymbolicName();
    }
}
