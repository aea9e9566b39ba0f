package uk.opencsc.care;

import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of care planning for looked after children: permanence plans, the IRO's contacts and escalations, and
 * family time. Each names the field it refuses; plain functions of what the record holds and today's date.
 */
public final class CarePlanningRules {

    /**
     * The care plan must hold a plan for permanence by the second looked after review (Children Act 1989 Guidance
     * and Regulations Volume 2, Care Planning, Placement and Case Review; reg 33 puts the second review 3 months after
     * the first, itself within 20 working days): about four months after the child became looked after.
     */
    public static final int MONTHS_TO_PERMANENCE_PLAN = 4;

    /**
     * The IRO Handbook 2010 (6.2) asks that the formal dispute resolution process take no more than 20 working days
     * in total: an escalation open longer is past its response point.
     */
    public static final WorkingDays ESCALATION_RESPONSE = WorkingDays.of(20);

    private CarePlanningRules() {
    }

    /**
     * A new permanence plan: agreed on a day the child was looked after (not short breaks, which have no care plan
     * for permanence), not in the future; one primary plan at a time, so a new primary plan must say it replaces
     * the current one (which then ends that day) and a parallel plan needs a primary plan beside it; no two current
     * plans of the same kind; a replacing plan agreed on or after the one it replaces.
     *
     * @param plans the child's plans, any order
     */
    public static List<FieldProblem> newPermanencePlan(List<PeriodOfCare> periods, List<PermanencePlan> plans, PermanencePlanKind kind,
                                                       boolean primary, boolean replacesPrimary, LocalDate agreedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<PeriodOfCare> period = lookedAfterOn(periods, agreedOn);
        if (agreedOn.isAfter(today)) {
            problems.add(new FieldProblem("agreedOn", "The date agreed must be today or in the past"));
            return problems;
        }
        if (period.isEmpty()) {
            problems.add(new FieldProblem("agreedOn", "The child was not looked after on " + agreedOn
                    + ": a permanence plan is agreed within a period of care (not short breaks)"));
            return problems;
        }
        List<PermanencePlan> current = plans.stream().filter(p -> p.current() && p.periodId().equals(period.get().id())).toList();
        Optional<PermanencePlan> currentPrimary = current.stream().filter(PermanencePlan::primary).findFirst();
        if (primary && currentPrimary.isPresent() && !replacesPrimary) {
            problems.add(new FieldProblem("primary", "The child already has a primary plan, " + currentPrimary.get().kind().label()
                    + ", agreed " + currentPrimary.get().agreedOn() + ": a child has one primary plan at a time. Say this plan "
                    + "replaces it, or record this one as a parallel plan"));
        } else if (primary && replacesPrimary && currentPrimary.isPresent() && agreedOn.isBefore(currentPrimary.get().agreedOn())) {
            problems.add(new FieldProblem("agreedOn", "The plan it replaces was agreed on " + currentPrimary.get().agreedOn()
                    + ": a replacing plan is agreed on or after that day"));
        } else if (!primary && currentPrimary.isEmpty()) {
            problems.add(new FieldProblem("primary", "The child has no primary plan: record the primary plan first, a parallel "
                    + "or contingency plan runs beside it"));
        }
        boolean replacingSameKind = primary && replacesPrimary && currentPrimary.map(p -> p.kind() == kind).orElse(false);
        if (!replacingSameKind && current.stream().anyMatch(p -> p.kind() == kind)) {
            problems.add(new FieldProblem("kind", kind.label() + " is already one of the child's current plans"));
        }
        return problems;
    }

    /**
     * Ending a plan: a current plan, not before it was agreed, not in the future; a primary plan is not left with
     * parallel plans beside nothing (end those first, or record a new primary plan that replaces it).
     *
     * @param current the current plans of the plan's period
     */
    public static List<FieldProblem> endPermanencePlan(PermanencePlan plan, List<PermanencePlan> current, LocalDate endedOn,
                                                       PlanEndReason reason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!plan.current()) {
            problems.add(new FieldProblem("endedOn", "The plan already ended, on " + plan.endedOn()));
            return problems;
        }
        if (endedOn.isAfter(today)) {
            problems.add(new FieldProblem("endedOn", "The date the plan ended must be today or in the past"));
        } else if (endedOn.isBefore(plan.agreedOn())) {
            problems.add(new FieldProblem("endedOn", "The date the plan ended must be on or after it was agreed, " + plan.agreedOn()));
        }
        if (reason == PlanEndReason.REPLACED) {
            problems.add(new FieldProblem("reason", "A plan is replaced by recording the new primary plan: choose achieved or no longer pursued"));
        }
        if (plan.primary() && current.stream().anyMatch(p -> !p.primary() && p.current())) {
            problems.add(new FieldProblem("reason", "The child has parallel plans beside this primary plan: end those first, or "
                    + "record the new primary plan, which replaces this one"));
        }
        return problems;
    }

    /**
     * When the plan for permanence is due: {@value #MONTHS_TO_PERMANENCE_PLAN} months after the child became looked
     * after (the second review), for a period of care that is not short breaks.
     */
    public static LocalDate permanencePlanDue(PeriodOfCare period) {
        return period.startDate().plusMonths(MONTHS_TO_PERMANENCE_PLAN);
    }

    /**
     * A child looked after today, for longer than {@value #MONTHS_TO_PERMANENCE_PLAN} months, with no permanence plan
     * agreed in this period of care.
     */
    public static boolean noPermanencePlanBySecondReview(List<PeriodOfCare> periods, List<PermanencePlan> plans, LocalDate today) {
        return lookedAfterOn(periods, today)
                .filter(p -> today.isAfter(permanencePlanDue(p)))
                .map(p -> plans.stream().noneMatch(plan -> plan.periodId().equals(p.id())))
                .orElse(false);
    }

    /**
     * The IRO's contact with the child: on a day within a period of care, not in the future; only a child met (a
     * visit or a video call) can be seen alone.
     */
    public static List<FieldProblem> iroContact(List<PeriodOfCare> periods, LocalDate date, IroContactMethod method, boolean seenAlone,
                                                LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>(CareRules.withinCare(periods, date, "contactDate", today));
        if (seenAlone && method != IroContactMethod.VISIT && method != IroContactMethod.VIDEO) {
            problems.add(new FieldProblem("seenAlone", "Only a child met in a visit or a video call is seen alone"));
        }
        return problems;
    }

    /**
     * An escalation as recorded or updated: raised on a day the child was looked after, not in the future; at least
     * one concern and the issue in words; resolved (if it is) not before it was raised, not in the future, with the
     * outcome; and moving up the stages, never down ({@code stageBefore} null for a new escalation).
     */
    public static List<FieldProblem> escalation(List<PeriodOfCare> periods, LocalDate raisedOn, Set<EscalationConcern> concerns, String issue,
                                                EscalationStage stage, EscalationStage stageBefore, LocalDate resolvedOn, String outcome,
                                                LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>(CareRules.withinCare(periods, raisedOn, "raisedOn", today));
        if (concerns.isEmpty()) {
            problems.add(new FieldProblem("concerns", "Select what the escalation is about"));
        }
        if (issue == null || issue.isBlank()) {
            problems.add(new FieldProblem("issue", "Enter the issue the IRO raised"));
        }
        if (stageBefore != null && stage.compareTo(stageBefore) < 0) {
            problems.add(new FieldProblem("stage", "The escalation is at " + stageBefore.label()
                    + ": an escalation moves up the stages, never down"));
        }
        if (resolvedOn != null) {
            if (resolvedOn.isBefore(raisedOn)) {
                problems.add(new FieldProblem("resolvedOn", "The date resolved must be on or after the escalation was raised, " + raisedOn));
            } else if (resolvedOn.isAfter(today)) {
                problems.add(new FieldProblem("resolvedOn", "The date resolved must be today or in the past"));
            }
            if (outcome == null || outcome.isBlank()) {
                problems.add(new FieldProblem("outcome", "Enter the outcome: how the escalation was resolved"));
            }
        }
        return problems;
    }

    /** The day an escalation raised on {@code raisedOn} should be resolved by: {@link #ESCALATION_RESPONSE} later. */
    public static LocalDate escalationResponseDue(LocalDate raisedOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(raisedOn, ESCALATION_RESPONSE);
    }

    /** An open escalation past its response point. */
    public static boolean escalationOverdue(IroEscalation escalation, LocalDate today, WorkingDayCalendar calendar) {
        return escalation.open() && today.isAfter(escalationResponseDue(escalation.raisedOn(), calendar));
    }

    /**
     * A family time arrangement: with someone named, starting on a day the child is looked after (it may be agreed
     * ahead), ending (if it does) on or after it starts; supervised arrangements say who supervises.
     */
    public static List<FieldProblem> familyTime(List<PeriodOfCare> periods, String withWhom, boolean supervised, String supervisedBy,
                                                LocalDate start, LocalDate end) {
        List<FieldProblem> problems = new ArrayList<>();
        if (withWhom == null || withWhom.isBlank()) {
            problems.add(new FieldProblem("withWhom", "Enter who the family time is with"));
        }
        if (supervised && (supervisedBy == null || supervisedBy.isBlank())) {
            problems.add(new FieldProblem("supervisedBy", "Enter who supervises the family time"));
        }
        if (periods.stream().noneMatch(p -> !p.shortBreaks() && p.covers(start))) {
            problems.add(new FieldProblem("startDate", "The child is not looked after on " + start
                    + ": family time is arranged within a period of care"));
        }
        if (end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("endDate", "The end date must be on or after the start date, " + start));
        }
        return problems;
    }

    /** A session of an arrangement: within the arrangement's dates, not in the future. */
    public static List<FieldProblem> session(FamilyTime arrangement, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return List.of(new FieldProblem("sessionDate", "The date must be today or in the past"));
        }
        if (date.isBefore(arrangement.startDate()) || (arrangement.endDate() != null && date.isAfter(arrangement.endDate()))) {
            return List.of(new FieldProblem("sessionDate", "The date must be within the arrangement, from " + arrangement.startDate()
                    + (arrangement.endDate() == null ? "" : " to " + arrangement.endDate())));
        }
        return List.of();
    }

    private static Optional<PeriodOfCare> lookedAfterOn(List<PeriodOfCare> periods, LocalDate date) {
        return periods.stream().filter(p -> !p.shortBreaks() && p.covers(date)).findFirst();
    }
}
