package uk.opencsc.care;

import org.junit.jupiter.api.Test;
import uk.opencsc.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.care.CareRulesTest.fields;
import static uk.opencsc.care.CareRulesTest.period;

class CarePlanningRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDate LOOKED_AFTER = LocalDate.of(2026, 3, 2);
    final PeriodOfCare care = period(LOOKED_AFTER, null, LegalStatus.C2);
    final List<PeriodOfCare> periods = List.of(care);

    PermanencePlan plan(PermanencePlanKind kind, boolean primary, LocalDate agreed) {
        return new PermanencePlan(UUID.randomUUID(), care.personId(), care.id(), kind, primary, agreed, null, null);
    }

    // permanence plans

    @Test
    void a_first_primary_plan_agreed_within_a_period_of_care_is_accepted() {
        assertThat(CarePlanningRules.newPermanencePlan(periods, List.of(), PermanencePlanKind.ADOPTION, true, false,
                LOOKED_AFTER.plusMonths(3), TODAY)).isEmpty();
    }

    @Test
    void a_child_has_one_primary_plan_at_a_time_so_a_second_primary_that_does_not_replace_the_first_is_refused() {
        List<PermanencePlan> plans = List.of(plan(PermanencePlanKind.RETURN_TO_FAMILY, true, LOOKED_AFTER.plusMonths(3)));
        assertThat(fields(CarePlanningRules.newPermanencePlan(periods, plans, PermanencePlanKind.ADOPTION, true, false,
                LOOKED_AFTER.plusMonths(5), TODAY))).containsExactly("primary");
        assertThat(CarePlanningRules.newPermanencePlan(periods, plans, PermanencePlanKind.ADOPTION, true, true,
                LOOKED_AFTER.plusMonths(5), TODAY)).isEmpty();
    }

    @Test
    void a_parallel_plan_runs_beside_a_primary_plan_and_is_refused_without_one() {
        assertThat(fields(CarePlanningRules.newPermanencePlan(periods, List.of(), PermanencePlanKind.ADOPTION, false, false,
                LOOKED_AFTER.plusMonths(3), TODAY))).containsExactly("primary");
        List<PermanencePlan> plans = List.of(plan(PermanencePlanKind.RETURN_TO_FAMILY, true, LOOKED_AFTER.plusMonths(3)));
        assertThat(CarePlanningRules.newPermanencePlan(periods, plans, PermanencePlanKind.ADOPTION, false, false,
                LOOKED_AFTER.plusMonths(3), TODAY)).isEmpty();
    }

    @Test
    void two_current_plans_of_the_same_kind_are_refused() {
        List<PermanencePlan> plans = List.of(plan(PermanencePlanKind.RETURN_TO_FAMILY, true, LOOKED_AFTER.plusMonths(3)));
        assertThat(fields(CarePlanningRules.newPermanencePlan(periods, plans, PermanencePlanKind.RETURN_TO_FAMILY, false, false,
                LOOKED_AFTER.plusMonths(4), TODAY))).containsExactly("kind");
    }

    @Test
    void a_permanence_plan_is_agreed_within_a_period_of_care_that_is_not_short_breaks_and_not_in_the_future() {
        assertThat(fields(CarePlanningRules.newPermanencePlan(periods, List.of(), PermanencePlanKind.ADOPTION, true, false,
                LOOKED_AFTER.minusDays(1), TODAY))).containsExactly("agreedOn");
        assertThat(fields(CarePlanningRules.newPermanencePlan(periods, List.of(), PermanencePlanKind.ADOPTION, true, false,
                TODAY.plusDays(1), TODAY))).containsExactly("agreedOn");
        List<PeriodOfCare> shortBreaks = List.of(period(LOOKED_AFTER, null, LegalStatus.V3));
        assertThat(fields(CarePlanningRules.newPermanencePlan(shortBreaks, List.of(), PermanencePlanKind.ADOPTION, true, false,
                LOOKED_AFTER.plusMonths(3), TODAY))).containsExactly("agreedOn");
    }

    @Test
    void a_replacing_primary_plan_is_agreed_on_or_after_the_plan_it_replaces() {
        List<PermanencePlan> plans = List.of(plan(PermanencePlanKind.RETURN_TO_FAMILY, true, LOOKED_AFTER.plusMonths(3)));
        assertThat(fields(CarePlanningRules.newPermanencePlan(periods, plans, PermanencePlanKind.ADOPTION, true, true,
                LOOKED_AFTER.plusMonths(2), TODAY))).containsExactly("agreedOn");
    }

    @Test
    void a_primary_plan_with_parallel_plans_beside_it_is_not_ended_alone() {
        PermanencePlan primary = plan(PermanencePlanKind.RETURN_TO_FAMILY, true, LOOKED_AFTER.plusMonths(3));
        PermanencePlan parallel = plan(PermanencePlanKind.ADOPTION, false, LOOKED_AFTER.plusMonths(3));
        assertThat(fields(CarePlanningRules.endPermanencePlan(primary, List.of(primary, parallel), TODAY, PlanEndReason.ACHIEVED, TODAY)))
                .containsExactly("reason");
        assertThat(CarePlanningRules.endPermanencePlan(parallel, List.of(primary, parallel), TODAY, PlanEndReason.NO_LONGER_PURSUED, TODAY))
                .isEmpty();
    }

    @Test
    void a_plan_ends_on_or_after_it_was_agreed() {
        PermanencePlan primary = plan(PermanencePlanKind.RETURN_TO_FAMILY, true, LOOKED_AFTER.plusMonths(3));
        assertThat(fields(CarePlanningRules.endPermanencePlan(primary, List.of(primary), LOOKED_AFTER, PlanEndReason.ACHIEVED, TODAY)))
                .containsExactly("endedOn");
    }

    @Test
    void a_permanence_plan_is_due_by_the_second_review_four_months_after_becoming_looked_after() {
        assertThat(CarePlanningRules.permanencePlanDue(care)).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(CarePlanningRules.noPermanencePlanBySecondReview(periods, List.of(), LocalDate.of(2026, 7, 2))).isFalse();
        assertThat(CarePlanningRules.noPermanencePlanBySecondReview(periods, List.of(), LocalDate.of(2026, 7, 3))).isTrue();
        assertThat(CarePlanningRules.noPermanencePlanBySecondReview(periods,
                List.of(plan(PermanencePlanKind.LONG_TERM_FOSTERING, true, LocalDate.of(2026, 8, 1))), TODAY)).isFalse();
    }

    // the IRO

    @Test
    void only_a_child_met_in_a_visit_or_video_call_is_seen_alone_by_the_iro() {
        assertThat(fields(CarePlanningRules.iroContact(periods, TODAY, IroContactMethod.PHONE, true, TODAY))).containsExactly("seenAlone");
        assertThat(CarePlanningRules.iroContact(periods, TODAY, IroContactMethod.VIDEO, true, TODAY)).isEmpty();
        assertThat(fields(CarePlanningRules.iroContact(periods, LOOKED_AFTER.minusDays(1), IroContactMethod.VISIT, false, TODAY)))
                .containsExactly("contactDate");
    }

    @Test
    void an_escalation_is_resolved_on_or_after_it_was_raised_and_says_how() {
        Set<EscalationConcern> drift = Set.of(EscalationConcern.CARE_PLAN_DRIFT);
        assertThat(fields(CarePlanningRules.escalation(periods, TODAY, drift, "Drift", EscalationStage.INFORMAL, null,
                TODAY.minusDays(1), "Done", TODAY))).containsExactly("resolvedOn");
        assertThat(fields(CarePlanningRules.escalation(periods, TODAY.minusDays(3), drift, "Drift", EscalationStage.INFORMAL, null,
                TODAY, " ", TODAY))).containsExactly("outcome");
        assertThat(fields(CarePlanningRules.escalation(periods, TODAY, Set.of(), "", EscalationStage.INFORMAL, null, null, null, TODAY)))
                .containsExactly("concerns", "issue");
    }

    @Test
    void an_escalation_moves_up_the_stages_never_down() {
        Set<EscalationConcern> drift = Set.of(EscalationConcern.CARE_PLAN_DRIFT);
        assertThat(fields(CarePlanningRules.escalation(periods, TODAY, drift, "Drift", EscalationStage.INFORMAL,
                EscalationStage.FORMAL_SERVICE_MANAGER, null, null, TODAY))).containsExactly("stage");
        assertThat(CarePlanningRules.escalation(periods, TODAY, drift, "Drift", EscalationStage.FORMAL_DIRECTOR,
                EscalationStage.INFORMAL, null, null, TODAY)).isEmpty();
    }

    @Test
    void an_open_escalation_is_overdue_after_twenty_working_days() {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        LocalDate raised = LocalDate.of(2026, 11, 2); // a Monday, no bank holidays in the next four weeks
        assertThat(CarePlanningRules.escalationResponseDue(raised, calendar)).isEqualTo(LocalDate.of(2026, 11, 30));
        IroEscalation open = new IroEscalation(UUID.randomUUID(), care.personId(), care.id(), raised, Set.of(EscalationConcern.HEALTH),
                "Health assessment overdue", EscalationStage.INFORMAL, null, null, "IRO", 0, Instant.now(), "iro");
        assertThat(CarePlanningRules.escalationOverdue(open, LocalDate.of(2026, 11, 30), calendar)).isFalse();
        assertThat(CarePlanningRules.escalationOverdue(open, LocalDate.of(2026, 12, 1), calendar)).isTrue();
    }

    // family time

    @Test
    void supervised_family_time_says_who_supervises_and_ends_on_or_after_it_starts() {
        assertThat(fields(CarePlanningRules.familyTime(periods, "Sam", true, " ", TODAY, TODAY.minusDays(1))))
                .containsExactly("supervisedBy", "endDate");
        assertThat(fields(CarePlanningRules.familyTime(periods, "", false, null, LOOKED_AFTER.minusDays(1), null)))
                .containsExactly("withWhom", "startDate");
        assertThat(CarePlanningRules.familyTime(periods, "Sam", true, "Contact centre", TODAY.plusDays(7), null)).isEmpty();
    }

    @Test
    void a_family_time_session_falls_within_its_arrangement_and_not_in_the_future() {
        FamilyTime arrangement = new FamilyTime(UUID.randomUUID(), care.id(), "Sam", FamilyTimeRelationship.MOTHER,
                FamilyTimeFrequency.WEEKLY, false, null, LOOKED_AFTER, TODAY.minusDays(10), List.of());
        assertThat(fields(CarePlanningRules.session(arrangement, TODAY.minusDays(5), TODAY))).containsExactly("sessionDate");
        assertThat(fields(CarePlanningRules.session(arrangement, TODAY.plusDays(1), TODAY))).containsExactly("sessionDate");
        assertThat(CarePlanningRules.session(arrangement, TODAY.minusDays(10), TODAY)).isEmpty();
    }
}
