package org.atelier.workbench.views;

import org.atelier.api.web.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** Every claim: filtered, edited in place (with conflicts shown, never overwritten) and linked. */
@Component(service = ViewContribution.class)
public final class ClaimsView extends BuiltInView {
    public ClaimsView() {
        super("claims", "Claims", Area.BOTTOM, 100);
    }
}
