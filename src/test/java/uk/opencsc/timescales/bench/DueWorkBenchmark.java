package uk.opencsc.timescales.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Journeys;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.TimescaleRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Due work for every child of a large authority, on one thread (one core): each child has a full journey
 * (contact to leaving care: 80 events, 68 obligations, every rule), first contacts spread over three years. Run with
 * {@code bin/bench-timescales}; figures in docs/performance/timescales.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class DueWorkBenchmark {

    static final int CHILDREN = 100_000;

    private DueWork dueWork;
    private LocalDate today;
    private ChildJourney oneChild;
    private List<ChildJourney> children;

    @Setup
    public void setUp() {
        dueWork = new DueWork(TimescaleRules.of(RuleCatalogue.standard()), WorkingDayCalendar.englandAndWales());
        today = LocalDate.of(2026, 11, 23);
        oneChild = Journeys.aFullJourney(UUID.randomUUID(), LocalDate.of(2022, 1, 6));
        children = new ArrayList<>(CHILDREN);
        for (int i = 0; i < CHILDREN; i++) {
            children.add(Journeys.aFullJourney(UUID.randomUUID(), LocalDate.of(2020, 1, 1).plusDays(i % 1100)));
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Obligation> oneChildWithAFullJourney() {
        return dueWork.forChild(oneChild, today);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void hundredThousandChildrenWithFullJourneys(Blackhole blackhole) {
        for (ChildJourney child : children) {
            blackhole.consume(dueWork.forChild(child, today));
        }
    }
}
