package org.atelier.api.runtime;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What runs and what is wrong: the bundles with their state, the Declarative Services components with theirs,
 * and a plain sentence for each bundle that does not resolve and each component that is not satisfied.
 */
@ProviderType
public interface RuntimeInspector {
    /** The runtime as it is now, in the JSON shape of {@code status --json}. */
    Report report();

    /**
     * @param version    the version of Atelier
     * @param workspace  the workspace folder
     * @param bundles    every installed bundle
     * @param components every Declarative Services component, by bundle then name
     * @param problems   one sentence per bundle not resolved and component not satisfied
     */
    record Report(String version, String workspace, List<BundleStatus> bundles, List<ComponentStatus> components,
            List<String> problems) {}

    /** One bundle; {@code state} is {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, {@code FRAGMENT}... */
    record BundleStatus(long id, String symbolicName, String version, String state, String location) {}

    /** One component configuration; {@code unsatisfiedReferences} names the services it waits for. */
    record ComponentStatus(String name, String bundle, String state, boolean satisfied,
            List<String> unsatisfiedReferences) {}
}
