package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.opencsc.returns.cin.CensusChild;

/**
 * The tally of the "must be unique across the return" rules (1520, 8510): names every child whose identifier
 * another child also has. It keeps one entry per distinct identifier (the first child's name, a few dozen bytes),
 * not the children, so a 50,000-child file costs a few megabytes. A blank identifier is left to the rule that
 * requires it.
 */
final class DuplicateIdentifierTally implements ReturnRule.Tally {

    private final CensusRule rule;
    private final ElementPath element;
    private final Function<CensusChild, String> identifier;
    private final Map<String, String> firstHolder = new HashMap<>();
    private final Set<String> firstReported = new HashSet<>();
    private final List<Failure> failures = new ArrayList<>();

    DuplicateIdentifierTally(CensusRule rule, ElementPath element, Function<CensusChild, String> identifier) {
        this.rule = rule;
        this.element = element;
        this.identifier = identifier;
    }

    @Override
    public void see(CensusChild child) {
        String id = identifier.apply(child);
        if (id == null || id.isBlank()) {
            return;
        }
        String first = firstHolder.putIfAbsent(id, child.name());
        if (first == null) {
            return;
        }
        if (firstReported.add(id)) {
            failures.add(Failure.of(rule, first, element));
        }
        failures.add(Failure.of(rule, child.name(), element));
    }

    @Override
    public List<Failure> finish() {
        return List.copyOf(failures);
    }
}
