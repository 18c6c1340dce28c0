package org.atelier.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocument;
import org.atelier.api.runtime.RuntimeInspector;
import org.atelier.api.workspace.Workspace;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * What runs and what is wrong: the bundles with their state, the Declarative Services components with theirs,
 * and a plain sentence for each bundle that does not resolve, each component that is not satisfied and each
 * document the store cannot read back.
 */
@Component(service = {RuntimeStatus.class, RuntimeInspector.class})
public class RuntimeStatus implements RuntimeInspector {
    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Workspace workspace;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DocumentStore documents;

    @Activate
    public RuntimeStatus(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference Workspace workspace) {
        this.context = context;
        this.scr = scr;
        this.workspace = workspace;
    }

    @Override
    public Report report() {
        List<BundleStatus> bundles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                wiring.resolveBundles(List.of(bundle));
            }
            String state = state(bundle);
            bundles.add(new BundleStatus(bundle.getBundleId(), bundle.getSymbolicName(),
                    bundle.getVersion().toString(), state, bundle.getLocation()));
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.add("bundle " + name(bundle) + " is not resolved: " + resolutionProblem(bundle));
            }
        }
        List<ComponentStatus> components = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            String bundle = description.bundle.symbolicName;
            if (!scr.isComponentEnabled(description)) {
                components.add(new ComponentStatus(description.name, bundle, "DISABLED", false, List.of()));
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                List<String> missing = Arrays.stream(configuration.unsatisfiedReferences)
                        .map(RuntimeStatus::describe).toList();
                boolean satisfied = configuration.state == ComponentConfigurationDTO.ACTIVE
                        || configuration.state == ComponentConfigurationDTO.SATISFIED;
                components.add(new ComponentStatus(description.name, bundle, componentState(configuration.state),
                        satisfied, missing));
                if (!satisfied) {
                    problems.add("component " + description.name + " (" + bundle + ") is "
                            + componentState(configuration.state).toLowerCase().replace('_', ' ')
                            + (missing.isEmpty() ? "" : ": missing " + String.join(", ", missing))
                            + (configuration.failure == null ? "" : ": " + firstLine(configuration.failure)));
                }
            }
        }
        components.sort(Comparator.comparing(ComponentStatus::bundle).thenComparing(ComponentStatus::name));
        DocumentStore store = documents;
        if (store != null) {
            for (UnreadableDocument unreadable : store.unreadable()) {
                problems.add("document " + unreadable.id() + (unreadable.path() == null ? "" : " (" + unreadable.path() + ")")
                        + " cannot be read, and is skipped by search, suggestions and reports: " + unreadable.reason());
            }
        }
        return new Report(context.getProperty("atelier.version"), workspace.root().toString(), bundles,
                components, problems);
    }

    private static String describe(UnsatisfiedReferenceDTO reference) {
        return reference.name + (reference.target == null ? "" : " " + reference.target);
    }

    /**
     * Felix tells why a bundle does not resolve only when asked to start it; a transient start of a bundle that
     * could not be resolved changes nothing and yields the reason.
     */
    private static String resolutionProblem(Bundle bundle) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return "a fragment whose host is missing";
        }
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "resolved on a second try, now started";
        } catch (BundleException | IllegalStateException e) {
            return firstLine(e.getMessage());
        }
    }

    private static String name(Bundle bundle) {
        return bundle.getSymbolicName() == null ? bundle.getLocation() : bundle.getSymbolicName();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null ? "FRAGMENT" : "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    static String componentState(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "UNKNOWN";
        };
    }
}
