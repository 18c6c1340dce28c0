package org.atelier.workbench.views;

import org.atelier.api.web.ViewContribution;

/** A view of the workbench's own, declared the way a plugin's would be: an id, a label, an area, a module. */
abstract class BuiltInView implements ViewContribution {
    private final String id;
    private final String label;
    private final Area area;
    private final int rank;

    BuiltInView(String id, String label, Area area, int rank) {
        this.id = id;
        this.label = label;
        this.area = area;
        this.rank = rank;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final Area area() {
        return area;
    }

    /** {@code /workbench/views/ID.js}, served by {@link org.atelier.workbench.WorkbenchPage}. */
    @Override
    public final String module() {
        return "/workbench/views/" + id + ".js";
    }

    @Override
    public final int rank() {
        return rank;
    }
}
