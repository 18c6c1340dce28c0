package org.atelier.console;

import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.jline.reader.LineReader;
import org.osgi.service.component.annotations.Component;

/**
 * The console's own setup, run by {@code etc/gosh_profile} in the login session of Gogo's JLine shell. One of
 * the bundles started only with a terminal, before Gogo's shell (see {@code atelier.console.bundles} in
 * conf/framework.properties), so that the command is there when the shell reads its profile.
 */
@Component(service = ConsoleCommands.class, property = {
        CommandProcessor.COMMAND_SCOPE + "=console",
        CommandProcessor.COMMAND_FUNCTION + "=ctrlc"})
public class ConsoleCommands {

    @Descriptor("Make Ctrl-C at this console's prompt clear the line, or on an empty line stop the workbench")
    public void ctrlc(CommandSession session) {
        LineReader reader = Shell.getReader(session);
        if (reader != null) { // a session without a line reader has no keys to bind
            InterruptKey.bind(reader);
        }
    }
}
