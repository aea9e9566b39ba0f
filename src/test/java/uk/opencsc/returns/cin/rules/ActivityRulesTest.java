package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ActivityRulesTest {

    /** The DfE's 2026 codes for what happens within an episode, with their type. */
    private static final Map<String, Severity> EXPECTED = new TreeMap<>();

    static {
        for (String code : ("1103 1104 1105 2883 2884 2885 2889 4000 4001 4003 4004 4008 4010 4011 4013 4014 4015 4016"
                + " 4017 8608 8614 8615 8696 8715 8720 8730 8736 8740 8839 8840 8841 8867 8868 8869 8875 8890 8896"
                + " 8898 8905 8910 8915 8920 8925 8930 8935 8940").split(" ")) {
            EXPECTED.put(code, Severity.ERROR);
        }
        for (String code : "2991Q 4009Q 4012Q 8670Q 8675Q 8842Q 8863Q 8870Q 8873Q 8897Q 8945Q 8950Q".split(" ")) {
            EXPECTED.put(code, Severity.QUERY);
        }
    }

    @Test
    void the_activity_rules_are_exactly_the_58_episode_activity_codes_with_their_dfe_types() {
        Map<String, Severity> registered = new TreeMap<>();
        ActivityRules.all().forEach(rule -> registered.put(rule.code(), rule.severity()));

        assertThat(ActivityRules.all()).hasSize(58);
        assertThat(registered).isEqualTo(EXPECTED);
    }

    @Test
    void every_activity_rule_carries_the_dfe_message() {
        assertThat(ActivityRules.all()).allSatisfy(rule -> assertThat(rule.message()).isNotBlank());
        assertThat(CinCensusRules.byCode("8675Q").message()).startsWith(
                "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days");
    }
}
