package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Chooses files to import into the corpus. */
@Component(service = CommandContribution.class)
public final class ImportFilesCommand extends BuiltInCommand {
    public ImportFilesCommand() {
        super("file.import", "Import files…", "File", null);
    }
}
