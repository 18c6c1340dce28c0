package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Shows the report view, to preview and download a report. */
@Component(service = CommandContribution.class)
public final class ExportReportCommand extends BuiltInCommand {
    public ExportReportCommand() {
        super("file.export", "Export report…", "File", null);
    }
}
