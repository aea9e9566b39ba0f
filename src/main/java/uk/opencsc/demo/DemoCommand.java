package uk.opencsc.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.platform.cli.ProgressBar;
import uk.opencsc.platform.cli.TopLevelCommand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Component
@Command(name = "demo", description = "Work with the synthetic demo local authority.", subcommands = DemoCommand.Load.class,
        mixinStandardHelpOptions = true)
class DemoCommand implements TopLevelCommand, Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Generate the synthetic local authority (teams, users, children and families) and load it. "
                    + "Refuses if the database already holds any person: it never adds to or deletes real data. "
                    + "Exits 1 when refused or on failure.")
    static class Load implements Callable<Integer> {

        @Option(names = "--scale", paramLabel = "N", description = "Number of persons to generate (default ${DEFAULT-VALUE}).")
        int scale;

        @Option(names = "--seed", paramLabel = "S", description = "Random seed: the same seed, scale and day give the same data (default ${DEFAULT-VALUE}).")
        long seed;

        private final DemoLoader loader;
        private final Clock clock;

        Load(DemoLoader loader, @Value("${opencsc.demo.scale:60000}") int defaultScale,
             @Value("${opencsc.demo.seed:2026}") long defaultSeed, java.util.Optional<Clock> clock) {
            this.loader = loader;
            this.scale = defaultScale;
            this.seed = defaultSeed;
            this.clock = clock.orElse(Clock.systemDefaultZone());
        }

        @Override
        public Integer call() {
            DemoSpecification spec;
            try {
                spec = new DemoSpecification(scale, seed, LocalDate.now(clock));
            } catch (IllegalArgumentException e) {
                System.err.println("demo load: " + e.getMessage());
                return 1;
            }
            long existing = loader.personsOnRecord();
            if (existing > 0) {
                System.err.printf("demo load: refused: the database already holds %,d person(s). The demo is loaded only into an "
                        + "empty record and never changes or deletes real data; point OpenCSC at a new database to load it.%n", existing);
                return 1;
            }
            try {
                StageBars bars = new StageBars();
                DemoLoader.Result result = loader.load(spec, bars);
                bars.close();
                System.out.println(result.summary());
                return 0;
            } catch (RuntimeException e) {
                System.err.println("demo load: failed, nothing was loaded: " + e.getMessage());
                return 1;
            }
        }
    }

    /** A progress bar for each stage of the load (persons, contacts, ...), one after the other on standard out. */
    private static final class StageBars implements DemoLoader.Progress, AutoCloseable {
        private ProgressBar bar;
        private String stage;

        @Override
        public void advanced(String stage, long done, long total) {
            if (!stage.equals(this.stage)) {
                close();
                this.stage = stage;
                bar = new ProgressBar(System.out, stage, total, System.console() != null);
            }
            bar.advanceTo(done);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
