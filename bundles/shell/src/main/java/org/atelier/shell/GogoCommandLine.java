package org.atelier.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.apache.felix.service.threadio.ThreadIO;
import org.atelier.api.command.AtelierCommands;
import org.atelier.api.command.CommandException;
import org.atelier.launcher.api.CommandContext;
import org.atelier.launcher.api.CommandLineRunner;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Runs {@code bin/atelier COMMAND ARGS} as the Gogo command {@code atelier:COMMAND}: the words go to the
 * command as they are (no Gogo parsing, so quotes, {@code $} and {@code |} in a query reach it intact), its
 * output goes to the caller's streams, and its failure becomes one line and an exit code.
 */
@Component(service = CommandLineRunner.class)
public class GogoCommandLine implements CommandLineRunner {
    private final CommandProcessor processor;
    private final ThreadIO threadIO;
    private final CommandCatalog catalog;
    private final Logger log;

    @Activate
    public GogoCommandLine(@Reference CommandProcessor processor, @Reference ThreadIO threadIO,
            @Reference CommandCatalog catalog,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.processor = processor;
        this.threadIO = threadIO;
        this.catalog = catalog;
        this.log = log;
    }

    @Override
    public boolean hasCommand(String name) {
        return catalog.find(name).isPresent();
    }

    @Override
    public int run(List<String> words, CommandContext context) {
        PrintStream err = context.err();
        if (words.isEmpty()) {
            err.println("atelier: no command given (see bin/atelier --help)");
            return USAGE;
        }
        String name = words.get(0);
        List<Object> args = new ArrayList<>(words.subList(1, words.size()));
        if (catalog.find(name).isEmpty()) {
            err.println("atelier: unknown command '" + name + "' (see bin/atelier --help)");
            return USAGE;
        }
        if (args.contains("--help") || args.contains("-h")) {
            context.out().print(catalog.usage(name));
            context.out().flush();
            return OK;
        }
        CommandSession session = processor.createSession(context.in(), context.out(), err);
        session.currentDir(context.workingDirectory());
        session.put(AtelierCommands.TERMINAL_VARIABLE, context.terminal());
        threadIO.setStreams(context.in(), context.out(), err);
        try {
            Object function = session.get(AtelierCommands.SCOPE + ":" + name);
            if (!(function instanceof Function command)) {
                err.println("atelier: command '" + name + "' is not available");
                return FAILURE;
            }
            Object result = command.execute(session, args);
            if (result != null) {
                context.out().println(session.format(result, org.apache.felix.service.command.Converter.INSPECT));
            }
            return OK;
        } catch (CommandException e) {
            err.println("atelier: " + e.getMessage());
            return e.exitCode();
        } catch (IllegalArgumentException e) {
            // Gogo could not match the words to the command's parameters.
            err.println("atelier: " + name + ": wrong arguments; usage: " + catalog.synopsis(name));
            return USAGE;
        } catch (Exception e) {
            log.error("Command {} failed", words, e);
            err.println("atelier: " + name + " failed: " + describe(e));
            return FAILURE;
        } finally {
            context.out().flush();
            threadIO.close();
            session.close();
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
