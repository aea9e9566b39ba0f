package uk.opencsc.timescales;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleCatalogueTest {

    @Test
    void the_catalogue_holds_every_rule_with_a_citation_and_the_named_deadlines_all_exist() {
        var catalogue = RuleCatalogue.standard();
        assertThat(catalogue.rules()).hasSize(17).allSatisfy(rule -> assertThat(rule.citation()).isNotBlank());
        for (var field : StatutoryDeadlines.class.getFields()) {
            if (field.getType() == RuleId.class) {
                assertThat(catalogue.find(RuleId.of(field.getName().toLowerCase().replace('_', '-')))).as(field.getName()).isPresent();
            }
        }
    }

    @Test
    void only_rules_resting_on_local_procedure_may_be_changed_locally() {
        assertThat(RuleCatalogue.standard().rules()).filteredOn(TimescaleRule::changeable)
                .extracting(TimescaleRule::basis).containsOnly(Basis.LOCAL);
    }

    @Test
    void a_rule_set_by_law_cannot_be_given_a_local_value() {
        var review = RuleCatalogue.standard().get(StatutoryDeadlines.LOOKED_AFTER_REVIEW);
        assertThatThrownBy(() -> review.withLocalLimits(TimeLimit.of(30, PeriodUnit.WORKING_DAYS), TimeLimit.of(6, PeriodUnit.MONTHS)))
                .hasMessageContaining("looked-after-review").hasMessageContaining("cannot be changed locally");
    }

    @Test
    void a_malformed_entry_is_refused_naming_the_entry_and_the_field() {
        String yaml = """
                - id: first-core-group
                  name: First core group meeting
                  starts: CHILD_PROTECTION_PLAN_STARTED
                  satisfiedBy: [CORE_GROUP_MEETING]
                  first: {amount: ten, unit: WORKING_DAYS}
                  basis: LOCAL
                  citation: local
                """;
        assertThatThrownBy(() -> RuleCatalogue.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("entry 1 (first-core-group)").hasMessageContaining("first.amount must be a whole number");
    }

    @Test
    void an_unknown_event_is_refused_not_ignored() {
        String yaml = """
                - id: a-rule
                  name: A rule
                  starts: CHILD_ADOPTED
                  satisfiedBy: [CORE_GROUP_MEETING]
                  first: {amount: 1, unit: DAYS}
                  basis: LOCAL
                  citation: local
                """;
        assertThatThrownBy(() -> RuleCatalogue.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("entry 1 (a-rule)").hasMessageContaining("CHILD_ADOPTED");
    }

    @Test
    void each_rule_describes_its_limits_in_words() {
        assertThat(RuleCatalogue.standard().get(StatutoryDeadlines.LOOKED_AFTER_REVIEW).describeLimits())
                .isEqualTo("within 20 working days, then the second within 3 months, then every 6 months");
        assertThat(RuleCatalogue.standard().get(StatutoryDeadlines.CARE_PROCEEDINGS).describeLimits())
                .isEqualTo("within 26 weeks beginning with the start day");
    }
}
