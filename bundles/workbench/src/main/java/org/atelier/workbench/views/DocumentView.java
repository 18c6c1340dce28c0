package org.atelier.workbench.views;

import org.atelier.api.web.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** One article's text with its search matches and claims, suggestions in the margin, and annotating. */
@Component(service = ViewContribution.class)
public final class DocumentView extends BuiltInView {
    public DocumentView() {
        super("document", "Document", Area.EDITOR, 100);
    }
}
