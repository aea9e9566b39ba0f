package uk.opencsc.platform.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar for long commands ({@code [#####     ] 52% 26,000/50,000 children}), redrawn in place
 * at most once per percent so that printing does not slow the work it reports. When the total is not known
 * beforehand it counts instead.
 */
public final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String unit;
    private final long total;
    private long done;
    private long lastDrawn = -1;

    public ProgressBar(PrintStream out, String unit, long total) {
        this.out = out;
        this.unit = unit;
        this.total = total;
    }

    /** A bar on standard error, so the command's own output on standard out stays clean for pipes. */
    public static ProgressBar onStandardError(String unit, long total) {
        return new ProgressBar(System.err, unit, total);
    }

    public void step() {
        advanceTo(done + 1);
    }

    public void advanceTo(long count) {
        done = count;
        long mark = total > 0 ? done * 100 / total : done / 1000;
        if (mark != lastDrawn) {
            lastDrawn = mark;
            draw();
        }
    }

    private void draw() {
        if (total > 0) {
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
        draw();
        out.println();
    }
}
