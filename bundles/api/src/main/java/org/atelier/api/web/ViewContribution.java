package org.atelier.api.web;

import org.osgi.annotation.versioning.ConsumerType;

/** A view of the workbench window: a panel in one of its areas, drawn by an ES module of the contributing bundle. */
@ConsumerType
public interface ViewContribution {
    /** Where a view opens first; the user may move it, and the window remembers. */
    enum Area {
        LEFT, RIGHT, BOTTOM, EDITOR
    }

    /** Unique among views, stable across releases (the window remembers layouts by it): {@code corpus}. */
    String id();

    /** The view's tab title: {@code Corpus}. */
    String label();

    /** The area the view opens in. */
    Area area();

    /**
     * The path on the workbench's server of the ES module that draws the view ({@code /workbench/views/corpus.js}),
     * served by the contributing bundle.
     */
    String module();

    /** Order among the views of one area, lowest first. */
    default int rank() {
        return 100;
    }
}
