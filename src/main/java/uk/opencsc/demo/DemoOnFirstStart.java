package uk.opencsc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Loads the demo authority on the first start of the embedded default, so a newcomer's one command
 * gives a working system with people to sign in as.
 * <p>
 * It runs as a lifecycle phase just before the web server starts rather than on
 * {@code ApplicationReadyEvent}: by the time that event fires the server is already answering, and
 * someone could reach the sign-in page before the demo users exist. Here the sign-in page answers
 * only once the load is done. It does nothing when a data source is configured (a real deployment),
 * when {@code opencsc.demo.load-on-start} is false (tests, the command line), or when the record
 * already holds persons (every start after the first). A failed load stops the start with its error
 * and leaves nothing behind (one transaction), so the next start tries again.
 */
@Component
class DemoOnFirstStart implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

    private final DemoLoader loader;
    private final Environment environment;
    private final boolean enabled;
    private final int scale;
    private final long seed;
    private final Clock clock;
    private volatile boolean running;

    DemoOnFirstStart(DemoLoader loader, Environment environment,
                     @Value("${opencsc.demo.load-on-start:false}") boolean enabled,
                     @Value("${opencsc.demo.scale:60000}") int scale,
                     @Value("${opencsc.demo.seed:2026}") long seed, Optional<Clock> clock) {
        this.loader = loader;
        this.environment = environment;
        this.enabled = enabled;
        this.scale = scale;
        this.seed = seed;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public void start() {
        running = true;
        if (!enabled || StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (loader.personsOnRecord() > 0) {
            return;
        }
        log.info("First start of the embedded database: loading the demo local authority ({} persons, seed {})...", scale, seed);
        DemoLoader.Result result = loader.load(new DemoSpecification(scale, seed, LocalDate.now(clock)), new LoggedProgress());
        log.info(result.summary());
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Just before the web server starts listening. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    /** A log line when a stage starts and at each quarter, so a slow first start shows it is working. */
    private static final class LoggedProgress implements DemoLoader.Progress {
        private String stage = "";
        private int quarter = -1;

        @Override
        public void advanced(String stage, long done, long total) {
            int q = total == 0 ? 4 : (int) (done * 4 / total);
            if (!stage.equals(this.stage) || q != quarter) {
                log.info("Demo load: {} {} of {}", stage, String.format("%,d", done), String.format("%,d", total));
            }
            this.stage = stage;
            this.quarter = q;
        }
    }
}
