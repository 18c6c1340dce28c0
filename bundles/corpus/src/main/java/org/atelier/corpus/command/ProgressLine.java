package org.atelier.corpus.command;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.atelier.api.progress.ProgressMonitor;

/**
 * Progress on a terminal: one line on stderr, redrawn in place with a carriage return at most ten times a
 * second ({@code Importing 120/500 files, 35 files/s, about 11 s left}), erased when the work ends so that the
 * result prints on a clean line.
 */
final class ProgressLine implements ProgressMonitor {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final LongSupplier nanoClock;
    private String task = "Working";
    private int total = -1;
    private int done;
    private long started;
    private long lastDrawn;
    private boolean drawn;
    private int width;

    ProgressLine(PrintStream err) {
        this(err, System::nanoTime);
    }

    ProgressLine(PrintStream err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    @Override
    public void begin(String task, int totalWork) {
        this.task = task;
        this.total = totalWork;
        this.started = nanoClock.getAsLong();
        draw(started);
    }

    @Override
    public void worked(int units, String item) {
        done += units;
        long now = nanoClock.getAsLong();
        if (now - lastDrawn >= REDRAW_NANOS || done == total) {
            draw(now);
        }
    }

    @Override
    public void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    private void draw(long now) {
        StringBuilder line = new StringBuilder(task).append(' ').append(done);
        if (total >= 0) {
            line.append('/').append(total);
        }
        line.append(" files");
        double seconds = (now - started) / 1e9;
        if (done > 0 && seconds >= 0.5) {
            double rate = done / seconds;
            line.append(", ").append(rate >= 10 ? Long.toString(Math.round(rate)) : String.format(java.util.Locale.ROOT, "%.1f", rate))
                    .append(" files/s");
            if (total > done) {
                line.append(", about ").append(duration(Math.max(1, Math.round((total - done) / rate)))).append(" left");
            }
        }
        String text = line.toString();
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        width = Math.max(width, text.length());
        lastDrawn = now;
        drawn = true;
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min " + seconds % 60 + " s";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }
}
