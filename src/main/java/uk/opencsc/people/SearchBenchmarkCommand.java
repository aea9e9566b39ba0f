package uk.opencsc.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.platform.cli.Percentiles;
import uk.opencsc.platform.cli.SubcommandOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code bench search}: child searches as a user makes them, through the same service the search page
 * calls (scope, query and the audit row each search writes), timed one by one. The terms are drawn
 * from the records themselves with a seeded random: surnames (half of them misspelt), full names,
 * dates of birth, NHS numbers and local IDs.
 */
@Component
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Time child searches (p50/p95/p99) against the configured database, as a given user. "
                + "Stop the application first when using the embedded database: both cannot use its data directory.")
class SearchBenchmarkCommand implements SubcommandOf, Callable<Integer> {

    @Option(names = "--samples", description = "Searches timed (default ${DEFAULT-VALUE}).")
    int samples = 300;

    @Option(names = "--warmup", description = "Searches run first and not timed (default ${DEFAULT-VALUE}).")
    int warmup = 50;

    @Option(names = "--user", description = "Search as this user, within their access (default ${DEFAULT-VALUE}: a social worker).")
    String user = "sw.demo";

    @Option(names = "--seed", description = "Seed for choosing the search terms (default ${DEFAULT-VALUE}).")
    long seed = 1;

    private final PersonRecords records;
    private final RecordAccess access;
    private final JdbcClient jdbc;

    SearchBenchmarkCommand(PersonRecords records, RecordAccess access, JdbcClient jdbc) {
        this.records = records;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public String parent() {
        return "bench";
    }

    record Sample(String first, String last, LocalDate born, String nhs, String localId) {
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
        long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
        List<Sample> pool = jdbc.sql("""
                        select first_name, last_name, date_of_birth, nhs_number, local_id from person
                        order by local_id""")
                .query((rs, n) -> new Sample(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)))
                .list();
        if (pool.isEmpty()) {
            System.err.println("The database holds no persons: load the demo authority first (demo load)");
            return 1;
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<SearchCriteria> searches = new ArrayList<>();
        for (int i = 0; i < warmup + samples; i++) {
            searches.add(criteria(pool.get(random.nextInt(pool.size())), random));
        }
        for (int i = 0; i < warmup; i++) {
            records.search(searches.get(i));
        }
        long[] nanos = new long[samples];
        long found = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            found += records.search(searches.get(warmup + i)).size();
            nanos[i] = System.nanoTime() - start;
        }
        Percentiles result = Percentiles.ofNanos(nanos);
        System.out.printf("bench search: %s; as %s (%s) over %,d persons; %.1f results a search on average; %d cores, Java %s%n",
                result, user, signedIn.get().role().label(), persons, (double) found / samples,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        return 0;
    }

    /** A search a worker might type: mostly names, sometimes with a letter swapped, sometimes an identifier. */
    static SearchCriteria criteria(Sample s, SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 40) {
            return new SearchCriteria(random.nextBoolean() ? misspell(s.last(), random) : s.last(), null, null, null, null);
        } else if (kind < 70) {
            return new SearchCriteria(s.first() + " " + s.last(), null, null, null, null);
        } else if (kind < 85 && s.born() != null) {
            return new SearchCriteria(null, s.born(), null, null, null);
        } else if (kind < 95 && s.nhs() != null) {
            return new SearchCriteria(null, null, NhsNumber.of(s.nhs()), null, null);
        }
        return new SearchCriteria(null, null, null, null, s.localId());
    }

    /** Swaps two neighbouring letters, the commonest typing slip. */
    static String misspell(String name, SplittableRandom random) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }
}
