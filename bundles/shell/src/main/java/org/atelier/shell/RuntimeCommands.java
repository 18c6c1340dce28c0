package org.atelier.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.atelier.api.command.AtelierCommands;
import org.atelier.api.command.CommandException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The runtime's own commands: {@code help}, {@code status}, {@code stop}. */
@Component(service = RuntimeCommands.class, property = {
        AtelierCommands.SCOPE_PROPERTY + "=" + AtelierCommands.SCOPE,
        AtelierCommands.FUNCTION_PROPERTY + "=help",
        AtelierCommands.FUNCTION_PROPERTY + "=status",
        AtelierCommands.FUNCTION_PROPERTY + "=stop"})
public class RuntimeCommands {

    private final BundleContext context;
    private final CommandCatalog catalog;
    private final RuntimeStatus status;

    @Activate
    public RuntimeCommands(BundleContext context, @Reference CommandCatalog catalog, @Reference RuntimeStatus status) {
        this.context = context;
        this.catalog = catalog;
        this.status = status;
    }

    @Descriptor("List the commands, or show how to use one")
    public void help(@Descriptor("the command to explain") String... command) {
        PrintStream out = System.out;
        if (command.length > 0) {
            if (catalog.find(command[0]).isEmpty()) {
                throw CommandException.usage("unknown command '" + command[0] + "'");
            }
            out.print(catalog.usage(command[0]));
            return;
        }
        out.println("usage: atelier [--workspace DIR] [--port N] [--host ADDRESS] [--open] [COMMAND [ARGS]]");
        out.println();
        out.println("With no command, starts the workbench on the workspace (default: workspace/ of the");
        out.println("distribution, or $ATELIER_WORKSPACE). With one, runs it and exits: 0 done, 1 failed,");
        out.println("2 wrong usage. While a workbench runs on the workspace, commands run inside it.");
        out.println();
        out.println("Options:");
        out.println("  --workspace DIR        the workspace to use");
        out.println("  --port N               the web workbench's port (default 8321; 0: any free one)");
        out.println("  --host ADDRESS         where it listens (default 127.0.0.1; elsewhere needs the token)");
        out.println("  --open                 open the web workbench in the browser once ready");
        out.println("  --help                 this help; COMMAND --help explains a command");
        out.println("  --version              the version of Atelier");
        out.println();
        out.println("Commands:");
        for (Map.Entry<String, CommandCatalog.Entry> entry : catalog.all().entrySet()) {
            out.printf("  %-22s %s%n", entry.getKey(), entry.getValue().description());
        }
    }

    @Descriptor("Show the workspace, the bundles and the components of the runtime, and what is wrong with them")
    public void status(
            @Descriptor("print JSON") @Parameter(names = "--json", presentValue = "true", absentValue = "false")
            boolean json) throws Exception {
        RuntimeStatus.Report report = status.report();
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(report));
            return;
        }
        PrintStream out = System.out;
        out.println("Atelier " + report.version() + ", workspace " + report.workspace());
        long active = report.bundles().stream().filter(b -> b.state().equals("ACTIVE")).count();
        out.printf("%nBundles: %d, %d active%n", report.bundles().size(), active);
        out.printf("  %4s  %-11s %-48s %s%n", "ID", "STATE", "SYMBOLIC NAME", "VERSION");
        for (RuntimeStatus.BundleStatus b : report.bundles()) {
            out.printf("  %4d  %-11s %-48s %s%n", b.id(), b.state(), b.symbolicName(), b.version());
        }
        long satisfied = report.components().stream().filter(RuntimeStatus.ComponentStatus::satisfied).count();
        out.printf("%nComponents: %d, %d satisfied%n", report.components().size(), satisfied);
        for (RuntimeStatus.ComponentStatus c : report.components()) {
            out.printf("  %-22s %s (%s)%n", c.state(), c.name(), c.bundle());
        }
        List<String> problems = new ArrayList<>(report.problems());
        out.printf("%nProblems: %s%n", problems.isEmpty() ? "none" : problems.size());
        problems.forEach(p -> out.println("  " + p));
    }

    @Descriptor("Stop the workbench")
    public void stop() throws BundleException {
        System.out.println("Stopping Atelier");
        // Stop from another thread: the framework waits for this command's bundle to stop.
        Thread stopper = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (BundleException e) {
                System.err.println("atelier: stop failed: " + e.getMessage());
            }
        }, "atelier-stop");
        stopper.start();
    }

    /** Jackson is loaded when JSON is asked for, not on every command: a holder, initialised on first use. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
