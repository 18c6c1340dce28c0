package org.atelier.workbench.views;

import org.atelier.api.web.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The bundles and components of the running workbench, and what is wrong with them. */
@Component(service = ViewContribution.class)
public final class PluginsView extends BuiltInView {
    public PluginsView() {
        super("plugins", "Plugins", Area.BOTTOM, 200);
    }
}
