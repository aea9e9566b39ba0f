package uk.opencsc.childinneed;

import org.junit.jupiter.api.Test;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildInNeedRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final LocalDateTime NOW = TODAY.atTime(15, 0);
    static final LocalDate START = LocalDate.of(2026, 1, 12);

    static ChildInNeedPlan aPlanFrom(LocalDate start) {
        return new ChildInNeedPlan(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), start, "Sam Okafor",
                "School attendance above 90% by Easter (school)", null, null, null, 0, null, "sam");
    }

    static ChildInNeedRules.Circumstances anOpenEpisodeAfterAnAssessment() {
        return new ChildInNeedRules.Circumstances(true, null, null, true);
    }

    @Test
    void a_plan_ending_before_it_starts_is_refused_naming_the_end_date() {
        assertThatThrownBy(() -> aPlanFrom(START).end(CinPlanEndReason.NEEDS_MET, START.minusDays(1), TODAY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("endDate", "End date must be on or after the plan started, 2026-01-12")));
    }

    @Test
    void a_plan_ending_in_the_future_or_without_a_reason_or_twice_is_refused() {
        ChildInNeedPlan plan = aPlanFrom(START);
        assertThatThrownBy(() -> plan.end(CinPlanEndReason.NEEDS_MET, TODAY.plusDays(1), TODAY))
                .hasMessageContaining("endDate: End date must be today or in the past");
        assertThatThrownBy(() -> plan.end(null, TODAY, TODAY)).hasMessageContaining("endReason: Select why the plan ended");
        ChildInNeedPlan ended = plan.end(CinPlanEndReason.MOVED_AWAY, TODAY, TODAY);
        assertThat(ended.ended()).isEqualTo(new ChildInNeedPlanEnded(plan.id(), plan.personId(), START, TODAY, CinPlanEndReason.MOVED_AWAY));
        assertThatThrownBy(() -> ended.end(CinPlanEndReason.NEEDS_MET, TODAY, TODAY))
                .hasMessageContaining("endDate: The plan has already ended, on 2026-03-20");
        assertThatThrownBy(() -> ended.revise("Sam", "new text")).hasMessageContaining("needsAndOutcomes: The plan ended on 2026-03-20");
    }

    @Test
    void a_visit_in_the_future_is_refused_naming_the_visit_date() {
        assertThat(ChildInNeedRules.visit(aPlanFrom(START), NOW.plusHours(1), true, false, "Sam Okafor", NOW))
                .containsExactly(new FieldProblem("visitDate", "Date and time of the visit must be now or in the past"));
    }

    @Test
    void a_visit_before_the_plan_started_is_refused_naming_the_visit_date() {
        assertThat(ChildInNeedRules.visit(aPlanFrom(START), START.minusDays(1).atTime(10, 0), true, false, "Sam Okafor", NOW))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("visitDate", "Date of the visit must be within the plan, from 2026-01-12"));
    }

    @Test
    void a_child_seen_alone_must_have_been_seen() {
        assertThat(ChildInNeedRules.visit(aPlanFrom(START), NOW.minusDays(1), false, true, "Sam Okafor", NOW))
                .containsExactly(new FieldProblem("seenAlone", "A child seen alone was seen: answer yes to 'Was the child seen?'"));
        assertThat(ChildInNeedRules.visit(aPlanFrom(START), NOW.minusDays(1), true, true, "Sam Okafor", NOW)).isEmpty();
    }

    @Test
    void a_review_before_the_plan_started_is_refused_naming_the_review_date() {
        assertThat(ChildInNeedRules.review(aPlanFrom(START), START.minusDays(3), CinReviewDecision.CONTINUE, null, null, TODAY))
                .containsExactly(new FieldProblem("reviewDate", "Date of the review must be on or after the plan started, 2026-01-12"));
    }

    @Test
    void a_review_changing_the_plan_says_what_changes_and_one_ending_it_says_why() {
        assertThat(ChildInNeedRules.review(aPlanFrom(START), TODAY, CinReviewDecision.CHANGE, " ", null, TODAY))
                .containsExactly(new FieldProblem("notes", "Say what changes in the plan"));
        assertThat(ChildInNeedRules.review(aPlanFrom(START), TODAY, CinReviewDecision.END, null, null, TODAY))
                .containsExactly(new FieldProblem("endReason", "Select why the plan ends"));
        assertThat(ChildInNeedRules.review(aPlanFrom(START), TODAY.plusDays(1), CinReviewDecision.CONTINUE, null, null, TODAY))
                .extracting(FieldProblem::field).containsExactly("reviewDate");
    }

    @Test
    void a_child_has_at_most_one_open_child_in_need_plan() {
        var record = new ChildInNeedRules.Circumstances(true, aPlanFrom(START), null, true);
        assertThat(ChildInNeedRules.start(TODAY, record, "Sam Okafor", "needs", null, TODAY))
                .containsExactly(new FieldProblem("startDate", "The child already has an open child in need plan, from 2026-01-12: end it before starting another"));
    }

    @Test
    void no_child_in_need_plan_starts_while_the_child_is_on_a_child_protection_plan() {
        var record = new ChildInNeedRules.Circumstances(true, null, LocalDate.of(2026, 2, 2), true);
        assertThat(ChildInNeedRules.start(TODAY, record, "Sam Okafor", "needs", null, TODAY))
                .containsExactly(new FieldProblem("startDate", "The child is on a child protection plan, since 2026-02-02: a child in need plan starts only after it ends"));
    }

    @Test
    void a_plan_starts_within_an_open_cin_episode_and_not_in_the_future() {
        var noEpisode = new ChildInNeedRules.Circumstances(false, null, null, true);
        assertThat(ChildInNeedRules.start(TODAY, noEpisode, "Sam Okafor", "needs", null, TODAY)).extracting(FieldProblem::message)
                .containsExactly("The child has no CIN episode open on 2026-03-20: a plan starts on or after the referral that opened the episode, and not after it closed");
        assertThat(ChildInNeedRules.start(TODAY.plusDays(1), anOpenEpisodeAfterAnAssessment(), "Sam Okafor", "needs", null, TODAY))
                .containsExactly(new FieldProblem("startDate", "Start date must be today or in the past"));
        assertThat(ChildInNeedRules.start(TODAY, anOpenEpisodeAfterAnAssessment(), "Sam Okafor", "needs", null, TODAY)).isEmpty();
    }

    @Test
    void a_plan_no_assessment_recommended_says_why_it_starts_without_one() {
        var withoutAssessment = new ChildInNeedRules.Circumstances(true, null, null, false);
        assertThat(ChildInNeedRules.start(TODAY, withoutAssessment, "Sam Okafor", "needs", "", TODAY)).extracting(FieldProblem::field)
                .containsExactly("withoutAssessmentReason");
        assertThat(ChildInNeedRules.start(TODAY, withoutAssessment, "Sam Okafor", "needs", "Stepped down from a child protection plan at review", TODAY))
                .isEmpty();
    }

    @Test
    void a_plan_names_who_leads_it_and_what_must_change() {
        assertThat(ChildInNeedRules.start(TODAY, anOpenEpisodeAfterAnAssessment(), " ", null, null, TODAY)).extracting(FieldProblem::field)
                .containsExactly("leadWorker", "needsAndOutcomes");
    }
}
