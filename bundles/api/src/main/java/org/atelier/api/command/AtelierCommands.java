package org.atelier.api.command;

/**
 * Service properties of a Gogo command in Atelier's scope. A component registers any service with
 * {@code osgi.command.scope=atelier} and {@code osgi.command.function} naming its methods; the shell and the
 * {@code bin/atelier COMMAND} line then both run it.
 */
public final class AtelierCommands {
    /** Gogo's scope property. */
    public static final String SCOPE_PROPERTY = "osgi.command.scope";
    /** Gogo's function property. */
    public static final String FUNCTION_PROPERTY = "osgi.command.function";
    /** The scope of every Atelier command. */
    public static final String SCOPE = "atelier";
    /**
     * Session variable set to {@code true} when the user's stderr is a terminal: commands may then draw a
     * progress line there.
     */
    public static final String TERMINAL_VARIABLE = "atelier.terminal";

    private AtelierCommands() {}
}
