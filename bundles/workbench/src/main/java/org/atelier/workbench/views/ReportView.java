package org.atelier.workbench.views;

import org.atelier.api.web.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** A report of the claims in scope: preview and download in every format installed. */
@Component(service = ViewContribution.class)
public final class ReportView extends BuiltInView {
    public ReportView() {
        super("report", "Report", Area.EDITOR, 200);
    }
}
