package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Records a claim on the text selected in the document view. */
@Component(service = CommandContribution.class)
public final class AnnotateCommand extends BuiltInCommand {
    public AnnotateCommand() {
        super("edit.annotate", "Annotate selection", "Edit", "a");
    }
}
