package uk.opencsc.returns.cin.imports;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import uk.opencsc.returns.cin.rules.CinCensusRules;
import uk.opencsc.returns.cin.rules.Failure;
import uk.opencsc.returns.cin.xml.ReadProblem;

/**
 * Every failure the reader and all the rules find in the shared fake census files, against the list checked in as
 * {@value #EXPECTED}: a change to any rule (or to the reader) that changes what these files fail shows here as lines
 * added or removed, and is either a fix (then the list is regenerated and reviewed) or a regression.
 * <p>
 * To regenerate after a deliberate change: {@code ./mvnw -q -B -ntp test -Dtest=FakeCensusFilesTest
 * -Dfake.census.write=true}, which rewrites the list (keeping its header comment) and then fails, so that a
 * regenerated list is never passed unseen; review the diff before committing it.
 */
class FakeCensusFilesTest {

    static final String EXPECTED = "/returns/fake-census-failures.tsv";
    static final Path SOURCE = Path.of("src/test/resources" + EXPECTED);
    /** Only used by a file without a reference date; fixed so the list does not change with the day it is run. */
    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Test
    void the_failures_found_in_the_shared_fake_census_files_are_the_ones_listed() throws Exception {
        List<String> found = failuresInFakeFiles();
        List<String> expected = Files.readAllLines(resource(EXPECTED), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();

        if (Boolean.getBoolean("fake.census.write")) {
            List<String> lines = new ArrayList<>(Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream()
                    .takeWhile(line -> line.startsWith("#")).toList());
            lines.addAll(found);
            Files.write(SOURCE, lines, StandardCharsets.UTF_8);
            throw new AssertionError(SOURCE + " was rewritten with " + found.size() + " failures: review its diff, then run again without "
                    + "-Dfake.census.write");
        }

        // compared as a diff, so the message is the lines added and removed rather than two lists of thousands of lines
        String diff = diff(expected, found);
        if (!diff.isEmpty()) {
            fail("The failures in the fake census files differ from " + EXPECTED + " (file, child, element, rule; + found now, "
                    + "- listed):\n" + diff + "If the change is meant, regenerate the list with -Dfake.census.write=true and review it.");
        }
    }

    /**
     * One line a failure, sorted: file, child ("-" for the header or the file), element, rule code or "read" and what
     * was expected; and a line per file with the number of children checked, so a file that fails nothing is listed too.
     */
    static List<String> failuresInFakeFiles() throws IOException, URISyntaxException {
        CensusFileCheck check = new CensusFileCheck(CinCensusRules.all(), TODAY);
        List<String> lines = new ArrayList<>();
        for (Path file : fakeFiles()) {
            String name = file.getFileName().toString();
            CensusFileCheck.Result result = check.check(file, child -> { });
            lines.add(String.join("\t", name, "-", "-", "children checked: " + result.report().children()));
            for (ReadProblem problem : result.readProblems()) {
                lines.add(String.join("\t", name, orDash(problem.child()), problem.element().value(), "read",
                        problem.expected().replaceAll("\\s+", " ")));
            }
            for (Failure failure : result.report().failures()) {
                lines.add(String.join("\t", name, orDash(failure.child()), failure.element() == null ? "-" : failure.element().value(),
                        failure.code()));
            }
        }
        lines.sort(null);
        return lines;
    }

    static List<Path> fakeFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(resource("/returns/fake"))) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** Lines only in {@code expected} as "- ", lines only in {@code found} as "+ ", counting repeated lines. */
    static String diff(List<String> expected, List<String> found) {
        Map<String, Integer> balance = new HashMap<>();
        expected.forEach(line -> balance.merge(line, -1, Integer::sum));
        found.forEach(line -> balance.merge(line, 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        balance.entrySet().stream().filter(entry -> entry.getValue() != 0).sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String sign = entry.getValue() > 0 ? "+ " : "- ";
            for (int i = 0; i < Math.abs(entry.getValue()); i++) {
                text.append(sign).append(entry.getKey()).append('\n');
            }
        });
        return text.toString();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FakeCensusFilesTest.class.getResource(name).toURI());
    }
}
