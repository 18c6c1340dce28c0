package org.atelier.api.web;

import org.osgi.annotation.versioning.ConsumerType;

/** A command of the workbench window: a menu item, a key binding, or both, run by an ES module. */
@ConsumerType
public interface CommandContribution {
    /** Unique among commands: {@code search.focus}. */
    String id();

    /** The menu item's text: {@code Find in corpus}. */
    String label();

    /** The menu it appears in ({@code File}, {@code View}...), or {@code null} for a key binding only. */
    default String menu() {
        return null;
    }

    /**
     * The key that runs it, as {@code KeyboardEvent.key} names it, with modifiers before a {@code +}:
     * {@code /}, {@code a}, {@code Ctrl+Shift+F}; or {@code null} for a menu item only.
     */
    default String keys() {
        return null;
    }

    /** The path of the ES module that runs the command, served by the contributing bundle. */
    String module();
}
