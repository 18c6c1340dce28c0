package org.atelier.api.command;

/**
 * A command failed in a way the user should read as one line: the message is printed on stderr, never a stack
 * trace, and the command line exits with {@link #exitCode()}.
 */
public class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The command was used wrongly: an unknown option, a missing argument, a malformed value. */
    public static final int USAGE = 2;
    /** The command ran and failed, or part of its work failed. */
    public static final int FAILURE = 1;

    private final int exitCode;

    public CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CommandException usage(String message) {
        return new CommandException(USAGE, message);
    }

    public static CommandException failure(String message) {
        return new CommandException(FAILURE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
