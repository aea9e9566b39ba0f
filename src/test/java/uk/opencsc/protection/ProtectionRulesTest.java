package uk.opencsc.protection;

import org.junit.jupiter.api.Test;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProtectionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final LocalDateTime NOW = TODAY.atTime(12, 0);

    static ChildProtectionPlan aPlanFrom(LocalDate start) {
        return new ChildProtectionPlan(UUID.randomUUID(), UUID.randomUUID(), null, start, AbuseCategory.NEG,
                AbuseCategory.NEG, 0, null, null, 0, null, "worker");
    }

    static Section47Enquiry anEnquiryFrom(LocalDate start) {
        return new Section47Enquiry(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), start, start.plusDays(21),
                null, null, false, null, null, 0, null, "worker");
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void a_child_protection_plan_cannot_end_before_it_started() {
        ChildProtectionPlan plan = aPlanFrom(LocalDate.of(2026, 1, 5));
        assertThatThrownBy(() -> plan.end("Risk reduced", LocalDate.of(2026, 1, 4), TODAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("endDate", "End date must be on or after the plan started, 2026-01-05")));
    }

    @Test
    void a_plan_ends_once_with_a_reason_and_not_in_the_future() {
        ChildProtectionPlan plan = aPlanFrom(LocalDate.of(2026, 1, 5));
        ChildProtectionPlan ended = plan.end("Risk reduced", LocalDate.of(2026, 3, 2), TODAY);
        assertThat(ended.open()).isFalse();
        assertThat(ended.ended().endDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> ended.end("Again", TODAY, TODAY)).hasMessageContaining("endDate: The plan has already ended, on 2026-03-02");
        assertThatThrownBy(() -> plan.end("Risk reduced", TODAY.plusDays(1), TODAY)).hasMessageContaining("endDate: End date must be today or in the past");
        assertThatThrownBy(() -> plan.end(" ", TODAY, TODAY)).hasMessageContaining("endReason");
    }

    @Test
    void a_strategy_discussion_needs_an_open_cin_episode_agencies_a_decision_and_a_rationale() {
        assertThat(fields(ProtectionRules.strategyDiscussion(NOW.minusHours(2), false, Set.of(), null, " ", NOW)))
                .containsExactly("heldDate", "agencies", "decision", "rationale");
        assertThat(ProtectionRules.strategyDiscussion(NOW.minusHours(2), false, Set.of(Agency.POLICE),
                StrategyDecision.SECTION_47, "Bruising", NOW).getFirst().message()).contains("no open CIN episode");
        assertThat(ProtectionRules.strategyDiscussion(NOW.minusHours(2), true, Set.of(Agency.POLICE, Agency.HEALTH),
                StrategyDecision.SECTION_47, "Bruising to the face", NOW)).isEmpty();
    }

    @Test
    void a_strategy_discussion_in_the_future_is_refused() {
        assertThat(fields(ProtectionRules.strategyDiscussion(NOW.plusMinutes(1), true, Set.of(Agency.POLICE),
                StrategyDecision.SECTION_47, "why", NOW))).containsExactly("heldDate");
    }

    @Test
    void no_conference_needed_says_why() {
        Section47Enquiry enquiry = anEnquiryFrom(LocalDate.of(2026, 3, 2));
        assertThat(fields(ProtectionRules.section47Outcome(enquiry, Section47Outcome.NOT_SUBSTANTIATED, TODAY, "", TODAY)))
                .containsExactly("icpcNotRequiredWhy");
        assertThat(ProtectionRules.section47Outcome(enquiry, Section47Outcome.SUBSTANTIATED_ICPC, TODAY, null, TODAY)).isEmpty();
        assertThat(fields(ProtectionRules.section47Outcome(enquiry, Section47Outcome.SUBSTANTIATED_ICPC,
                LocalDate.of(2026, 3, 1), null, TODAY))).containsExactly("outcomeDate");
    }

    @Test
    void a_conference_making_a_plan_needs_a_category_and_no_other_open_plan() {
        Section47Enquiry enquiry = new Section47Enquiry(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), Section47Outcome.SUBSTANTIATED_ICPC, TODAY,
                false, null, null, 1, null, "worker");
        assertThat(fields(ProtectionRules.initialConference(enquiry, TODAY, ConferenceOutcome.PLAN, Set.of(),
                aPlanFrom(LocalDate.of(2025, 6, 1)), TODAY))).containsExactly("categories", "outcome");
        assertThat(ProtectionRules.initialConference(enquiry, TODAY, ConferenceOutcome.PLAN, Set.of(AbuseCategory.EMO),
                null, TODAY)).isEmpty();
        assertThat(fields(ProtectionRules.initialConference(anEnquiryFrom(LocalDate.of(2026, 3, 2)), TODAY,
                ConferenceOutcome.NO_PLAN, Set.of(), null, TODAY))).containsExactly("conferenceDate");
    }

    @Test
    void a_visit_in_the_future_or_before_the_plan_is_refused() {
        ChildProtectionPlan plan = aPlanFrom(LocalDate.of(2026, 3, 2));
        assertThat(ProtectionRules.visit(plan, TODAY.plusDays(1), true, true, TODAY))
                .containsExactly(new FieldProblem("visitDate", "Date of the visit must be today or in the past"));
        assertThat(fields(ProtectionRules.visit(plan, LocalDate.of(2026, 3, 1), true, false, TODAY))).containsExactly("visitDate");
        assertThat(fields(ProtectionRules.visit(plan, TODAY, false, true, TODAY))).containsExactly("seenAlone");
        assertThat(ProtectionRules.visit(plan, TODAY, true, true, TODAY)).isEmpty();
    }

    @Test
    void a_plan_for_more_than_one_category_is_recorded_as_multiple() {
        assertThat(AbuseCategory.forPlan(Set.of(AbuseCategory.PHY))).isEqualTo(AbuseCategory.PHY);
        assertThat(AbuseCategory.forPlan(Set.of(AbuseCategory.PHY, AbuseCategory.EMO))).isEqualTo(AbuseCategory.MUL);
    }

    @Test
    void the_number_of_previous_plans_counts_the_plans_that_started_before() {
        assertThat(ProtectionRules.previousPlans(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 5, 1),
                LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 2))).isEqualTo(2);
    }
}
