package org.atelier.launcher;

import java.io.IOException;
import java.util.List;

/**
 * {@code --open}: the workbench's address in the user's browser, through the desktop's own opener
 * ({@code xdg-open}, {@code open} on macOS) rather than java.desktop, which a headless JVM lacks.
 */
final class Browser {
    private Browser() {}

    static void open(List<String> addresses) {
        if (addresses.isEmpty()) {
            Main.err().println("atelier: --open: the workbench has no web address (is the web feature installed?)");
            return;
        }
        String opener = System.getProperty("os.name", "").toLowerCase().contains("mac") ? "open" : "xdg-open";
        try {
            new ProcessBuilder(opener, addresses.get(0)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            Main.err().println("atelier: --open: could not start " + opener + " (" + Main.describe(e)
                    + "); open " + addresses.get(0) + " in a browser");
        }
    }
}
