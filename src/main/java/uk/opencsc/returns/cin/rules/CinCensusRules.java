package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every DfE CIN census validation rule in force, each a named object with its code. The DfE publishes the list
 * for each collection year; these are the 2026 rules (109 codes), which stand until it publishes the next.
 */
public final class CinCensusRules {

    private static final List<CensusRule> ALL = combine();

    private CinCensusRules() {}

    public static List<CensusRule> all() {
        return ALL;
    }

    public static CensusRule byCode(String code) {
        return ALL.stream().filter(rule -> rule.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no CIN census rule has the code " + code));
    }

    private static List<CensusRule> combine() {
        List<CensusRule> rules = new ArrayList<>(ChildAndEpisodeRules.all());
        rules.addAll(ActivityRules.all());
        var codes = rules.stream().collect(Collectors.groupingBy(CensusRule::code, Collectors.counting()));
        codes.forEach((code, count) -> {
            if (count > 1) {
                throw new IllegalStateException("two CIN census rules have the code " + code);
            }
        });
        return Collections.unmodifiableList(rules);
    }

}
