package org.atelier.workbench.commands;

import org.atelier.api.web.CommandContribution;

/** A command of the workbench's own, declared the way a plugin's would be. */
abstract class BuiltInCommand implements CommandContribution {
    private final String id;
    private final String label;
    private final String menu;
    private final String keys;

    BuiltInCommand(String id, String label, String menu, String keys) {
        this.id = id;
        this.label = label;
        this.menu = menu;
        this.keys = keys;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final String menu() {
        return menu;
    }

    @Override
    public final String keys() {
        return keys;
    }

    /** {@code /workbench/commands/ID.js}, served by {@link org.atelier.workbench.WorkbenchPage}. */
    @Override
    public final String module() {
        return "/workbench/commands/" + id + ".js";
    }
}
