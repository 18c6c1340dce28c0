package org.atelier.workbench.views;

import org.atelier.api.web.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** Full-text search: the query, ranked hits with highlighted snippets, facets, paging and history. */
@Component(service = ViewContribution.class)
public final class SearchView extends BuiltInView {
    public SearchView() {
        super("search", "Search", Area.LEFT, 200);
    }
}
