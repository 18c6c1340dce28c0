package org.atelier.console;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.Widget;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Ctrl-C at the console's prompt. Left alone, the terminal makes Ctrl-C a signal, JLine makes the signal a
 * cancelled line, and Gogo's shell loop ignores that without a hook. So while a line is read, keys make no
 * signals (JLine restores the terminal once the line is read, so Ctrl-C still interrupts a running command,
 * through Gogo's shell), and Ctrl-C reaches a widget of ours as a key.
 *
 * <p>On a typed line it cancels the line, as bash does; on an empty line it ends the input as Ctrl-D does, and
 * the login shell stops the workbench. Why not stop on every Ctrl-C: dropping a half-typed line with it is a
 * shell habit, which should not cost the analyst the workbench; an empty line has nothing to drop.
 */
final class InterruptKey {
    private static final String WIDGET = "atelier-interrupt";

    private InterruptKey() {}

    /** Binds Ctrl-C of {@code reader}'s keymaps to the widget; binding it again changes nothing. */
    static void bind(LineReader reader) {
        if (reader.getWidgets().containsKey(WIDGET)) {
            return;
        }
        reader.getWidgets().put(WIDGET, () -> interrupt(reader));
        Widget init = reader.getWidgets().get(LineReader.CALLBACK_INIT);
        reader.getWidgets().put(LineReader.CALLBACK_INIT, () -> {
            keysMakeNoSignals(reader.getTerminal());
            return init == null || init.apply();
        });
        for (String keyMap : new String[] {LineReader.EMACS, LineReader.VIINS, LineReader.VICMD}) {
            KeyMap<Binding> keys = reader.getKeyMaps().get(keyMap);
            if (keys != null) {
                keys.bind(new Reference(WIDGET), KeyMap.ctrl('C'));
            }
        }
    }

    /** Run by JLine once it has put the terminal in raw mode for a line, whose settings it restores after. */
    private static void keysMakeNoSignals(Terminal terminal) {
        Attributes attributes = terminal.getAttributes();
        if (attributes.getLocalFlag(Attributes.LocalFlag.ISIG)) {
            attributes.setLocalFlag(Attributes.LocalFlag.ISIG, false);
            terminal.setAttributes(attributes);
        }
    }

    /**
     * Ends {@code readLine} the two ways JLine itself ends a line that is not accepted: cancelled (Gogo's shell
     * prompts again) or at the end of the input (Gogo's login shell stops the framework).
     */
    private static boolean interrupt(LineReader reader) {
        String line = reader.getBuffer().toString();
        if (line.isEmpty()) {
            throw new EndOfFileException();
        }
        throw new UserInterruptException(line);
    }
}
