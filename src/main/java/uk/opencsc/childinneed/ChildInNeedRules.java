package uk.opencsc.childinneed;

import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The child in need plan rules, each naming the field it refuses so a form or an import can say where. Plain
 * functions of their inputs: the caller passes what the record holds and "now".
 */
public final class ChildInNeedRules {

    private ChildInNeedRules() {
    }

    /**
     * What the child's record holds on the day a plan would start.
     *
     * @param cinEpisodeOpen              whether a CIN episode (referral) is open on the start date: on or after
     *                                    the referral and not after the episode closed
     * @param openPlan                    the child's open child in need plan, or null
     * @param childProtectionPlanSince    the start of a child protection plan open on the start date, or null
     * @param assessmentRecommendedAPlan  whether an authorised assessment in the episode recommended a CIN plan
     */
    public record Circumstances(boolean cinEpisodeOpen, ChildInNeedPlan openPlan, LocalDate childProtectionPlanSince,
                                boolean assessmentRecommendedAPlan) {
    }

    /**
     * A new plan: within an open CIN episode, not in the future, the child's only open child in need plan and not
     * while they are on a child protection plan (the CP plan is then the child's plan: local procedures' child in
     * need chapters do not apply to a child on one), with its
     * lead worker and its needs and outcomes. A plan normally follows an assessment that recommended one; without
     * one (a step down from a child protection plan, a plan carried over from another authority) the worker says
     * why, so a manager reading the record sees the decision and its reason.
     */
    public static List<FieldProblem> start(LocalDate start, Circumstances record, String leadWorker, String needsAndOutcomes,
                                           String withoutAssessmentReason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (start.isAfter(today)) {
            problems.add(new FieldProblem("startDate", "Start date must be today or in the past"));
        } else if (!record.cinEpisodeOpen()) {
            problems.add(new FieldProblem("startDate", "The child has no CIN episode open on " + start
                    + ": a plan starts on or after the referral that opened the episode, and not after it closed"));
        } else if (record.openPlan() != null) {
            problems.add(new FieldProblem("startDate", "The child already has an open child in need plan, from "
                    + record.openPlan().startDate() + ": end it before starting another"));
        } else if (record.childProtectionPlanSince() != null) {
            problems.add(new FieldProblem("startDate", "The child is on a child protection plan, since "
                    + record.childProtectionPlanSince() + ": a child in need plan starts only after it ends"));
        }
        if (!record.assessmentRecommendedAPlan() && blank(withoutAssessmentReason)) {
            problems.add(new FieldProblem("withoutAssessmentReason", "No authorised assessment in this CIN episode "
                    + "recommended a child in need plan: say why the plan starts without one"));
        }
        problems.addAll(planText(leadWorker, needsAndOutcomes));
        return problems;
    }

    /** The plan's text: who leads it, and what must change. */
    public static List<FieldProblem> planText(String leadWorker, String needsAndOutcomes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(leadWorker)) {
            problems.add(new FieldProblem("leadWorker", "Enter who leads the plan"));
        }
        if (blank(needsAndOutcomes)) {
            problems.add(new FieldProblem("needsAndOutcomes", "Enter the child's needs and the outcomes the plan works to: what must change, by whom, by when"));
        }
        return problems;
    }

    /**
     * A review: of an open plan, within it and not in the future; a change says what changes, an end says why.
     *
     * @param endReason only for a review that ends the plan
     */
    public static List<FieldProblem> review(ChildInNeedPlan plan, LocalDate date, CinReviewDecision decision, String notes,
                                            CinPlanEndReason endReason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!plan.open()) {
            problems.add(new FieldProblem("reviewDate", "The plan ended on " + plan.endDate() + ": an ended plan is not reviewed"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("reviewDate", "Date of the review must be today or in the past"));
        } else if (date.isBefore(plan.startDate())) {
            problems.add(new FieldProblem("reviewDate", "Date of the review must be on or after the plan started, " + plan.startDate()));
        }
        if (decision == null) {
            problems.add(new FieldProblem("decision", "Select what the review decided"));
        } else if (decision == CinReviewDecision.CHANGE && blank(notes)) {
            problems.add(new FieldProblem("notes", "Say what changes in the plan"));
        } else if (decision == CinReviewDecision.END && endReason == null) {
            problems.add(new FieldProblem("endReason", "Select why the plan ends"));
        }
        return problems;
    }

    /** A visit: within the plan and not in the future; a child seen alone was seen; the worker who visited. */
    public static List<FieldProblem> visit(ChildInNeedPlan plan, LocalDateTime visitedAt, boolean seen, boolean seenAlone,
                                           String worker, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (visitedAt.isAfter(now)) {
            problems.add(new FieldProblem("visitDate", "Date and time of the visit must be now or in the past"));
        } else if (!plan.covers(visitedAt.toLocalDate())) {
            problems.add(new FieldProblem("visitDate", "Date of the visit must be within the plan, from " + plan.startDate()
                    + (plan.endDate() == null ? "" : " to " + plan.endDate())));
        }
        if (seenAlone && !seen) {
            problems.add(new FieldProblem("seenAlone", "A child seen alone was seen: answer yes to 'Was the child seen?'"));
        }
        if (blank(worker)) {
            problems.add(new FieldProblem("worker", "Enter who visited"));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
