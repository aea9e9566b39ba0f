package uk.opencsc.demo;

import java.io.PrintStream;

/**
 * A one-line progress bar for a terminal ("[#####.....]  50%  persons 30,090 of 60,181"), redrawn in
 * place. When output is not a terminal (a log file, CI) it prints a plain line every tenth instead,
 * so logs are not filled with carriage returns.
 */
final class ProgressBar implements DemoLoader.Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private String lastStage = "";
    private int lastTenth = -1;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void advanced(String stage, long done, long total) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        if (terminal) {
            int filled = percent * WIDTH / 100;
            out.printf("\r[%s%s] %3d%%  %-8s %,d of %,d ", "#".repeat(filled), ".".repeat(WIDTH - filled), percent, stage, done, total);
            if (done >= total) out.println();
        } else if (!stage.equals(lastStage) || percent / 10 != lastTenth) {
            out.printf("%s: %,d of %,d (%d%%)%n", stage, done, total, percent);
        }
        out.flush();
        lastStage = stage;
        lastTenth = percent / 10;
    }
}
