package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a validation run found: every failure in the order found, and how many children were checked. */
public record ValidationReport(int children, List<Failure> failures) {

    public ValidationReport {
        failures = List.copyOf(failures);
    }

    public long errors() {
        return failures.stream().filter(failure -> failure.severity() == Severity.ERROR).count();
    }

    public long queries() {
        return failures.stream().filter(failure -> failure.severity() == Severity.QUERY).count();
    }

    /** Failures counted by rule code, in code order. */
    public Map<String, Long> countsByRule() {
        Map<String, Long> counts = new TreeMap<>(Comparator.naturalOrder());
        failures.forEach(failure -> counts.merge(failure.code(), 1L, Long::sum));
        return counts;
    }

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private int children;
        private final List<Failure> failures = new ArrayList<>();

        void childSeen() {
            children++;
        }

        void add(Failure failure) {
            failures.add(failure);
        }

        ValidationReport build() {
            return new ValidationReport(children, failures);
        }
    }
}
