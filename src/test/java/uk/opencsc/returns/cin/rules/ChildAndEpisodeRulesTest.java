package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ChildAndEpisodeRulesTest {

    /** The DfE's 2026 rules of this half, with their types (cin-census-rules.tsv: Error or Query). */
    static final Map<String, Severity> EXPECTED = expected();

    @Test
    void the_registry_holds_the_51_child_episode_header_and_return_rules_with_the_dfe_types() {
        Map<String, Severity> registered = ChildAndEpisodeRules.all().stream()
                .collect(Collectors.toMap(CensusRule::code, CensusRule::severity));

        assertThat(registered).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        assertThat(ChildAndEpisodeRules.all()).hasSize(51);
    }

    @Test
    void every_rule_has_the_dfe_message_and_is_registered_once_among_all_census_rules() {
        assertThat(ChildAndEpisodeRules.all()).allSatisfy(rule -> {
            assertThat(rule.message()).isNotBlank();
            assertThat(CinCensusRules.byCode(rule.code())).isExactlyInstanceOf(rule.getClass());
        });
    }

    @Test
    void the_fixture_child_breaks_no_child_rule_so_each_rule_test_changes_one_thing() {
        var child = aChild().build();

        assertThat(ChildAndEpisodeRules.all()).filteredOn(ChildRule.class::isInstance)
                .allSatisfy(rule -> assertThat(((ChildRule) rule).check(child, PERIOD)).as(rule.code()).isEmpty());
    }

    private static Map<String, Severity> expected() {
        Map<String, Severity> codes = new LinkedHashMap<>();
        for (String code : ("100 1510 1520 1530 1540 1550 1560Q 1570 1580 2886Q 2887Q 2888Q 4180 4220 8500 8510 8520 "
                + "8525Q 8530Q 8535Q 8540 8545Q 8555Q 8565 8568 8569Q 8585Q 8590 8600 8606 8610 8620 8630 8640 8650 "
                + "8750 8770Q 8772 8775Q 8790 8794 8805 8810 8815 8816 8820 8825Q 8831 8832 8866 2990").split(" ")) {
            codes.put(code, code.endsWith("Q") ? Severity.QUERY : Severity.ERROR);
        }
        return codes;
    }
}
