package org.atelier.example.outlets;

import org.atelier.api.web.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The view: its tab, where it opens, and the module that draws it (served by {@link OutletsViewModule}). */
@Component
public final class OutletsView implements ViewContribution {
    @Override
    public String id() {
        return "example.outlets";
    }

    @Override
    public String label() {
        return "Outlets";
    }

    @Override
    public Area area() {
        return Area.RIGHT;
    }

    @Override
    public String module() {
        return OutletsViewModule.PATH + "/outlets.js";
    }
}
