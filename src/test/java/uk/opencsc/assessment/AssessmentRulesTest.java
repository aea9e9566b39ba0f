package uk.opencsc.assessment;

import org.junit.jupiter.api.Test;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.timescales.RuleCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentRulesTest {

    static final LocalDate REFERRAL = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    static ChildAndFamilyAssessment aDraft() {
        return ChildAndFamilyAssessment.draft(UUID.randomUUID(), UUID.randomUUID(), REFERRAL, REFERRAL.plusDays(1), "worker");
    }

    static ChildAndFamilyAssessment aSubmittedAssessment() {
        return aDraft().edit("Sam Worker", List.of(new ChildSeen(REFERRAL.plusDays(3), true)), "I want to stay at home",
                Set.of(AssessmentFactor.F3A, AssessmentFactor.F4B), "Risks managed with support", AssessmentOutcome.CIN_PLAN, null, TODAY)
                .submit(REFERRAL.plusDays(20));
    }

    static String field(RefusedException e) {
        return e.problems().stream().map(FieldProblem::field).findFirst().orElseThrow();
    }

    @Test
    void an_assessment_cannot_be_authorised_by_its_own_author() {
        assertThatThrownBy(() -> aSubmittedAssessment().authorise("worker", "Agreed", REFERRAL.plusDays(21)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("authorisedBy"))
                .hasMessageContaining("its own author");
    }

    @Test
    void an_assessment_cannot_be_authorised_without_a_rationale() {
        assertThatThrownBy(() -> aSubmittedAssessment().authorise("manager", " ", REFERRAL.plusDays(21)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("rationale"));
    }

    @Test
    void an_assessment_cannot_be_authorised_before_it_is_submitted() {
        assertThatThrownBy(() -> aDraft().authorise("manager", "Agreed", REFERRAL.plusDays(21)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("state"))
                .hasMessageContaining("draft");
    }

    @Test
    void a_submitted_assessment_authorised_by_a_manager_with_a_rationale_is_authorised() {
        ChildAndFamilyAssessment done = aSubmittedAssessment().authorise("manager", "Analysis supports a CIN plan", REFERRAL.plusDays(21));
        assertThat(done.state()).isEqualTo(AssessmentState.AUTHORISED);
        assertThat(done.authorisedBy()).isEqualTo("manager");
        assertThat(done.authorised(0).outcome()).isEqualTo(AssessmentOutcome.CIN_PLAN);
    }

    @Test
    void a_returned_assessment_can_be_edited_and_submitted_again_but_a_submitted_one_cannot_be_edited() {
        ChildAndFamilyAssessment submitted = aSubmittedAssessment();
        assertThatThrownBy(() -> submitted.edit("Sam", List.of(), null, Set.of(), null, null, null, TODAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("state"));
        assertThatThrownBy(() -> submitted.returnToWorker(""))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("returnReason"));
        ChildAndFamilyAssessment returned = submitted.returnToWorker("Say more about the father");
        assertThat(returned.state()).isEqualTo(AssessmentState.RETURNED);
        ChildAndFamilyAssessment again = returned.edit("Sam", List.of(new ChildSeen(REFERRAL.plusDays(3), true)), "words", Set.of(AssessmentFactor.F3A),
                "Fuller analysis", AssessmentOutcome.CIN_PLAN, null, TODAY).submit(REFERRAL.plusDays(25));
        assertThat(again.state()).isEqualTo(AssessmentState.SUBMITTED);
    }

    @Test
    void no_factors_identified_excludes_every_other_factor() {
        assertThatThrownBy(() -> aDraft().edit("Sam", List.of(), null, Set.of(AssessmentFactor.F21, AssessmentFactor.F1A),
                null, null, null, TODAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("factors"));
        assertThat(aDraft().edit("Sam", List.of(), null, Set.of(AssessmentFactor.F21), null, null, null, TODAY).factors())
                .containsExactly(AssessmentFactor.F21);
    }

    @Test
    void the_child_may_be_seen_on_several_days_each_within_the_assessment_and_listed_once() {
        ChildAndFamilyAssessment seenTwice = aDraft().edit("Sam", List.of(new ChildSeen(REFERRAL.plusDays(9), true),
                new ChildSeen(REFERRAL.plusDays(2), false)), null, Set.of(), null, null, null, TODAY);
        assertThat(seenTwice.childSeen()).extracting(ChildSeen::on).containsExactly(REFERRAL.plusDays(2), REFERRAL.plusDays(9));
        assertThat(seenTwice.lastSeen()).contains(new ChildSeen(REFERRAL.plusDays(9), true));

        assertThatThrownBy(() -> aDraft().edit("Sam", List.of(new ChildSeen(REFERRAL.plusDays(2), false), new ChildSeen(REFERRAL, false),
                new ChildSeen(REFERRAL.plusDays(2), true), new ChildSeen(TODAY.plusDays(1), true)), null, Set.of(), null, null, null, TODAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("childSeen[1].on", "childSeen[2].on", "childSeen[3].on"));
    }

    @Test
    void an_internal_review_is_within_the_assessment_and_an_authorisation_not_before_it() {
        assertThatThrownBy(() -> aDraft().edit("Sam", List.of(), null, Set.of(), null, null, REFERRAL, TODAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("internalReviewDate"));
        ChildAndFamilyAssessment reviewed = aDraft().edit("Sam", List.of(), null, Set.of(AssessmentFactor.F21), "Analysis",
                AssessmentOutcome.CIN_PLAN, REFERRAL.plusDays(30), TODAY).submit(REFERRAL.plusDays(20));
        assertThatThrownBy(() -> reviewed.authorise("manager", "Agreed", REFERRAL.plusDays(25)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("authorisationDate"));
    }

    @Test
    void submitting_needs_factors_an_analysis_and_an_outcome() {
        assertThatThrownBy(() -> aDraft().submit(REFERRAL.plusDays(5)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("factors", "analysis", "outcome"));
    }

    @Test
    void an_assessment_cannot_start_before_its_referral_nor_without_an_open_cin_episode() {
        assertThat(AssessmentRules.start(REFERRAL.minusDays(1), REFERRAL, TODAY)).extracting(FieldProblem::field).containsExactly("startDate");
        assertThat(AssessmentRules.start(REFERRAL, null, TODAY)).extracting(FieldProblem::message)
                .containsExactly("The child has no open CIN episode on this date: record a referral first");
        assertThat(AssessmentRules.start(REFERRAL, REFERRAL, TODAY)).isEmpty();
    }

    @Test
    void an_authorisation_after_the_due_date_needs_a_reason_for_delay() {
        ChildAndFamilyAssessment late = aSubmittedAssessment().authorise("manager", "Agreed", REFERRAL.plusDays(80));
        assertThatThrownBy(() -> late.withDelayReason(REFERRAL.plusDays(63), null))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(field(e)).isEqualTo("delayReason"));
        assertThat(late.withDelayReason(REFERRAL.plusDays(63), "Family unavailable").delayReason()).isEqualTo("Family unavailable");
        assertThat(late.withDelayReason(REFERRAL.plusDays(80), null).delayReason()).isNull();
    }

    @Test
    void a_child_and_family_assessment_is_due_45_working_days_after_the_referral() {
        AssessmentClocks clocks = new AssessmentClocks(RuleCatalogue.standard(), WorkingDayCalendar.englandAndWales());
        // 2 March 2026 + 45 working days, skipping Good Friday, Easter Monday and the early May bank holiday
        assertThat(clocks.dueDate(REFERRAL)).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(clocks.dueDate(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 1, 5).plusWeeks(9));
    }
}
