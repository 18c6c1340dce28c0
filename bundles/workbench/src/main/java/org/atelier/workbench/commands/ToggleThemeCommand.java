package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Switches between the light and the dark theme, and remembers the choice. */
@Component(service = CommandContribution.class)
public final class ToggleThemeCommand extends BuiltInCommand {
    public ToggleThemeCommand() {
        super("view.theme", "Toggle dark theme", "View", "Ctrl+Shift+L");
    }
}
