package uk.opencsc.platform.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar for long commands ({@code [#####     ]  52% 26,000/50,000 children}), redrawn in place at
 * most once per percent so that printing does not slow the work it reports. When the output is not a terminal (a
 * log file, CI) it prints a plain line every tenth instead, so logs are not filled with carriage returns. When the
 * total is not known beforehand it counts instead.
 */
public final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String unit;
    private final long total;
    private final boolean terminal;
    private long done;
    private long lastDrawn = -1;

    public ProgressBar(PrintStream out, String unit, long total, boolean terminal) {
        this.out = out;
        this.unit = unit;
        this.total = total;
        this.terminal = terminal;
    }

    /** A bar on standard error, so the command's own output on standard out stays clean for pipes. */
    public static ProgressBar onStandardError(String unit, long total) {
        return new ProgressBar(System.err, unit, total, System.console() != null);
    }

    public void step() {
        advanceTo(done + 1);
    }

    public void advanceTo(long count) {
        done = count;
        long mark = total > 0 ? done * 100 / total : done / 1000;
        if (!terminal) {
            mark = mark / 10;
        }
        if (mark != lastDrawn) {
            lastDrawn = mark;
            draw();
        }
    }

    private void draw() {
        if (!terminal) {
            out.printf(total > 0 ? "%2$,d of %3$,d %1$s (%4$d%%)%n" : "%2$,d %1$s%n", unit, done, total,
                    total > 0 ? Math.min(100, done * 100 / total) : 0);
        } else if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            out.printf("\r[%s%s] %3d%% %,d/%,d %s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    Math.min(100, done * 100 / total), done, total, unit);
        } else {
            out.printf("\r%,d %s", done, unit);
        }
        out.flush();
    }

    @Override
    public void close() {
        if (terminal) {
            draw();
            out.println();
        }
    }
}
