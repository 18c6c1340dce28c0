package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Focuses the search box. */
@Component(service = CommandContribution.class)
public final class FocusSearchCommand extends BuiltInCommand {
    public FocusSearchCommand() {
        super("search.focus", "Find in corpus", "Search", "/");
    }
}
