package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Puts every view back where its contribution says, at the default sizes. */
@Component(service = CommandContribution.class)
public final class ResetLayoutCommand extends BuiltInCommand {
    public ResetLayoutCommand() {
        super("window.reset", "Reset layout", "Window", null);
    }
}
