package uk.opencsc.returns.cin;

import uk.opencsc.returns.cin.rules.ElementPath;
import uk.opencsc.returns.cin.rules.Failure;
import uk.opencsc.returns.cin.rules.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a change to one child's record did to their census: the failures it added. A failure the child had before is
 * not the saving worker's to answer for, so only a rule failing more often than before counts, and of its failures
 * those at elements that did not fail it before (positions shift when a record is added before another, so when
 * every element failed before, the last failure stands for the new one).
 */
public record CensusChange(List<Failure> newErrors, List<Failure> newQueries) {

    public CensusChange {
        newErrors = List.copyOf(newErrors);
        newQueries = List.copyOf(newQueries);
    }

    public static CensusChange between(List<Failure> before, List<Failure> after) {
        Map<String, List<Failure>> beforeByRule = byRule(before);
        List<Failure> errors = new ArrayList<>();
        List<Failure> queries = new ArrayList<>();
        byRule(after).forEach((code, failures) -> {
            List<Failure> earlier = beforeByRule.getOrDefault(code, List.of());
            if (failures.size() <= earlier.size()) {
                return;
            }
            Set<ElementPath> failedBefore = new HashSet<>();
            earlier.forEach(f -> failedBefore.add(f.element()));
            List<Failure> added = failures.stream().filter(f -> !failedBefore.contains(f.element())).toList();
            (failures.getFirst().severity() == Severity.ERROR ? errors : queries)
                    .addAll(added.isEmpty() ? List.of(failures.getLast()) : added);
        });
        return new CensusChange(errors, queries);
    }

    private static Map<String, List<Failure>> byRule(List<Failure> failures) {
        Map<String, List<Failure>> byRule = new HashMap<>();
        failures.forEach(f -> byRule.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f));
        return byRule;
    }
}
