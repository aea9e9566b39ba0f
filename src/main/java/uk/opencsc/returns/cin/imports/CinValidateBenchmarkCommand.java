package uk.opencsc.returns.cin.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.opencsc.platform.cli.SubcommandOf;
import uk.opencsc.returns.cin.rules.CinCensusRules;

/**
 * {@code bench cin-validate --children 50000}: a census file of that many children (the shared fake file's
 * children repeated with new LAchildIDs and UPNs) written to a temporary file, then read and checked against every
 * rule as {@code validate cin} does, timed, with the peak heap. Run with {@code -Xmx500m} to show the target holds.
 * Needs no data: it reads and writes only the file.
 */
@Component
@Command(name = "cin-validate", mixinStandardHelpOptions = true,
        description = "Time reading and validating a generated CIN census file of --children children (peak heap too).")
class CinValidateBenchmarkCommand implements SubcommandOf, Callable<Integer> {

    private static final String TEMPLATE = "/returns/bench/fake_CIN_data.xml";
    private static final Pattern CHILD = Pattern.compile("(?s)<Child>.*?</Child>");
    private static final Pattern LA_CHILD_ID = Pattern.compile("<LAchildID>[^<]*</LAchildID>");
    private static final Pattern UPN = Pattern.compile("<UPN>[^<]*</UPN>");
    // the fake file predates the 2026 census's Sex element: its GenderCurrent 1 is male, 2 female, anything else unknown
    private static final Pattern GENDER = Pattern.compile("<GenderCurrent>([^<]*)</GenderCurrent>");

    @Option(names = "--children", description = "Children in the generated file (default ${DEFAULT-VALUE}).")
    int children = 50_000;

    @Option(names = "--from", description = "A census file whose children are repeated (default: the shared fake file, 332 children).")
    Path from;

    @Option(names = "--out", description = "Keep the generated file here (default: a temporary file, deleted afterwards).")
    Path out;

    private final Clock clock;

    CinValidateBenchmarkCommand(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Override
    public String parent() {
        return "bench";
    }

    @Override
    public Integer call() throws IOException {
        if (children < 1) {
            System.err.println("--children must be at least 1");
            return 2;
        }
        String template = from == null ? resource() : Files.readString(from);
        Path file = out != null ? out : Files.createTempFile("cin-bench-", ".xml");
        try {
            generate(template, children, file);
            CensusFileCheck check = new CensusFileCheck(CinCensusRules.all(), LocalDate.now(clock));
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long gcCount = gcCount();
            long start = System.nanoTime();
            CensusFileCheck.Result result = check.check(file, child -> { });
            long nanos = System.nanoTime() - start;
            // the sum of each pool's own peak: an upper bound of the heap in use at any one moment
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.printf("bench cin-validate: %,d children (%,.1f MB file) read and checked against %d rules in %.2f s; "
                            + "peak heap %,.0f MB of %,.0f MB max; %,d garbage collections; found %,d unreadable elements, "
                            + "%,d errors, %,d queries; %d cores, Java %s%n",
                    result.report().children(), Files.size(file) / 1e6, check.ruleCount(), nanos / 1e9, peak / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6, gcCount() - gcCount, result.readProblems().size(),
                    result.report().errors(), result.report().queries(), Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
            return 0;
        } finally {
            if (out == null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The template's header, then its children over and over, each with a new LAchildID and UPN. */
    static void generate(String template, int count, Path file) throws IOException {
        Matcher m = CHILD.matcher(template);
        List<String> blocks = new ArrayList<>();
        int headerEnd = -1;
        int tailStart = -1;
        while (m.find()) {
            if (headerEnd < 0) {
                headerEnd = m.start();
            }
            blocks.add(m.group());
            tailStart = m.end();
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("the template holds no <Child>");
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(template, 0, headerEnd);
            for (int i = 0; i < count; i++) {
                String child = blocks.get(i % blocks.size());
                child = LA_CHILD_ID.matcher(child).replaceFirst("<LAchildID>BENCH" + i + "</LAchildID>");
                child = UPN.matcher(child).replaceFirst(String.format("<UPN>B%011d%d</UPN>", i, i % 10));
                child = GENDER.matcher(child).replaceFirst(g -> "<Sex>" + switch (g.group(1).trim()) {
                    case "1" -> "M";
                    case "2" -> "F";
                    default -> "U";
                } + "</Sex>");
                w.write(child);
                w.write('\n');
            }
            w.write(template, tailStart, template.length() - tailStart);
        }
    }

    private static String resource() throws IOException {
        try (InputStream in = CinValidateBenchmarkCommand.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
