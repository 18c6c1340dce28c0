package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Shows the version and the workspace. */
@Component(service = CommandContribution.class)
public final class AboutCommand extends BuiltInCommand {
    public AboutCommand() {
        super("help.about", "About Atelier", "Help", null);
    }
}
