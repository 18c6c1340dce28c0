package org.atelier.workbench.views;

import org.atelier.api.web.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The documents of the workspace, and importing more (choosing or dropping files). */
@Component(service = ViewContribution.class)
public final class CorpusView extends BuiltInView {
    public CorpusView() {
        super("corpus", "Corpus", Area.LEFT, 100);
    }
}
