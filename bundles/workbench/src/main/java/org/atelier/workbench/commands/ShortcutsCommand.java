package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Lists the keys of the window and of every command. */
@Component(service = CommandContribution.class)
public final class ShortcutsCommand extends BuiltInCommand {
    public ShortcutsCommand() {
        super("help.keys", "Keyboard shortcuts", "Help", "?");
    }
}
