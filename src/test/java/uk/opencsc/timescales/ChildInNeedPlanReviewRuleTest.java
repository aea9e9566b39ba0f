package uk.opencsc.timescales;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.timescales.DueWorkTest.of;
import static uk.opencsc.timescales.EventType.*;
import static uk.opencsc.timescales.Journeys.aChild;
import static uk.opencsc.timescales.ObligationState.*;

class ChildInNeedPlanReviewRuleTest {

    static final RuleId REVIEW = StatutoryDeadlines.CHILD_IN_NEED_PLAN_REVIEW;

    @Test
    void the_rule_rests_on_local_procedure_and_a_local_authority_may_set_its_own_interval() {
        TimescaleRule rule = RuleCatalogue.standard().get(REVIEW);
        assertThat(rule.basis()).isEqualTo(Basis.LOCAL);
        assertThat(rule.changeable()).isTrue();
        assertThat(rule.describeLimits()).isEqualTo("within 3 months, then every 3 months");
    }

    @Test
    void a_child_in_need_plan_is_first_reviewed_within_3_months_of_its_start() {
        var journey = aChild().on("2026-01-12", CHILD_IN_NEED_PLAN_STARTED).journey();
        var first = of(REVIEW, journey, "2026-04-13").getFirst();
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(first.state()).isEqualTo(OVERDUE);
        assertThat(of(REVIEW, journey, "2026-04-01").getFirst().state()).isEqualTo(UPCOMING);
    }

    @Test
    void each_later_review_is_due_3_months_after_the_review_before_it_actually_happened() {
        var journey = aChild().on("2026-01-12", CHILD_IN_NEED_PLAN_STARTED).on("2026-04-20", CHILD_IN_NEED_PLAN_REVIEW).journey();
        var reviews = of(REVIEW, journey, "2026-05-01");
        assertThat(reviews.getFirst().state()).isEqualTo(MET_LATE);
        assertThat(reviews.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(reviews.get(1).state()).isEqualTo(UPCOMING);
    }

    @Test
    void no_review_is_due_once_the_plan_has_ended() {
        var journey = aChild().on("2026-01-12", CHILD_IN_NEED_PLAN_STARTED).on("2026-03-02", CHILD_IN_NEED_PLAN_ENDED).journey();
        assertThat(of(REVIEW, journey, "2026-06-01")).extracting(Obligation::state).containsOnly(NO_LONGER_NEEDED);
    }
}
