package uk.opencsc.protection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.access.ReadScope;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.platform.cli.Percentiles;
import uk.opencsc.platform.cli.SubcommandOf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code bench visit}: child protection visits recorded as the visit form records them, through the same service
 * (access check, the plan's rules, the insert, the audit row with every field, the chronology event), each in its
 * own committed transaction, timed one by one. It writes real visits, dated today, to open plans the user may
 * change: run it on the demo authority, not on live records.
 */
@Component
@Command(name = "visit", mixinStandardHelpOptions = true,
        description = "Time recording child protection visits (p50/p95/p99) against the configured database, as a given user. "
                + "Writes the visits it times: use the demo authority. Stop the application first when using the embedded database.")
class VisitBenchmarkCommand implements SubcommandOf, Callable<Integer> {

    @Option(names = "--samples", description = "Visits timed (default ${DEFAULT-VALUE}).")
    int samples = 200;

    @Option(names = "--warmup", description = "Visits recorded first and not timed (default ${DEFAULT-VALUE}).")
    int warmup = 30;

    @Option(names = "--user", description = "Record as this user, within their access (default ${DEFAULT-VALUE}).")
    String user = "tm.demo";

    @Option(names = "--seed", description = "Seed for choosing the plans (default ${DEFAULT-VALUE}).")
    long seed = 1;

    private final ProtectionRecords records;
    private final RecordAccess access;
    private final PersonLookup persons;
    private final JdbcClient jdbc;

    VisitBenchmarkCommand(ProtectionRecords records, RecordAccess access, PersonLookup persons, JdbcClient jdbc) {
        this.records = records;
        this.access = access;
        this.persons = persons;
        this.jdbc = jdbc;
    }

    @Override
    public String parent() {
        return "bench";
    }

    record OpenPlan(UUID personId, UUID planId) {
    }

    @Override
    public Integer call() {
        if (samples < 1 || warmup < 0) {
            System.err.println("--samples must be at least 1 and --warmup at least 0");
            return 2;
        }
        var signedIn = access.actAs(user);
        if (signedIn.isEmpty()) {
            System.err.println("No user called " + user + ": load the demo authority first (demo load), or pass --user");
            return 1;
        }
        List<OpenPlan> open = jdbc.sql("select person_id, id from child_protection_plan where end_date is null order by id")
                .query((rs, n) -> new OpenPlan(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        ReadScope scope = access.currentScope();
        Map<UUID, PersonLookup.PersonSummary> people = persons.findAll(open.stream().map(OpenPlan::personId).toList());
        List<OpenPlan> mine = open.stream().filter(p -> people.containsKey(p.personId())
                && scope.admits(people.get(p.personId()).facts())).toList();
        if (mine.isEmpty()) {
            System.err.println(user + " may change no child on an open child protection plan: load the demo authority, or pass --user");
            return 1;
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        long[] nanos = new long[samples];
        for (int i = 0; i < warmup + samples; i++) {
            OpenPlan plan = mine.get(random.nextInt(mine.size()));
            long start = System.nanoTime();
            records.recordVisit(plan.personId(), plan.planId(), today, true, random.nextBoolean(), true,
                    "I like my new bed", "Home warm and clean; the child showed me their room.");
            if (i >= warmup) {
                nanos[i - warmup] = System.nanoTime() - start;
            }
        }
        System.out.printf("bench visit: %s; as %s (%s) over %,d open plans they may change; %d cores, Java %s%n",
                Percentiles.ofNanos(nanos), user, signedIn.get().role().label(), mine.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        return 0;
    }
}
