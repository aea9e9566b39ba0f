package uk.opencsc.protection;

import uk.opencsc.platform.validation.FieldProblem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The child protection rules, each naming the field it refuses so a form or an import can say where. Plain
 * functions of their inputs: the caller passes "now".
 */
public final class ProtectionRules {

    private ProtectionRules() {
    }

    /**
     * A strategy discussion: within an open CIN episode, not in the future, with at least one agency, a decision
     * and its rationale.
     *
     * @param cinEpisodeOpen whether the child has a CIN episode open on the day of the discussion
     */
    public static List<FieldProblem> strategyDiscussion(LocalDateTime heldAt, boolean cinEpisodeOpen,
                                                        Collection<Agency> agencies, StrategyDecision decision,
                                                        String rationale, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (heldAt.isAfter(now)) {
            problems.add(new FieldProblem("heldDate", "Date and time of the strategy discussion must be now or in the past"));
        } else if (!cinEpisodeOpen) {
            problems.add(new FieldProblem("heldDate", "The child has no open CIN episode (referral) on "
                    + heldAt.toLocalDate() + ": record the referral at the front door first"));
        }
        if (agencies.isEmpty()) {
            problems.add(new FieldProblem("agencies", "Select the agencies that took part"));
        }
        if (decision == null) {
            problems.add(new FieldProblem("decision", "Select what the strategy discussion decided"));
        }
        if (blank(rationale)) {
            problems.add(new FieldProblem("rationale", "Enter the rationale for the decision"));
        }
        return problems;
    }

    /**
     * The outcome of a section 47 enquiry: once, not before the enquiry started nor in the future, and saying why
     * when no conference is needed.
     */
    public static List<FieldProblem> section47Outcome(Section47Enquiry enquiry, Section47Outcome outcome,
                                                      LocalDate outcomeDate, String icpcNotRequiredWhy, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!enquiry.awaitingOutcome()) {
            problems.add(new FieldProblem("outcome", "The outcome of this enquiry has already been recorded"));
        } else if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Select the outcome of the enquiry"));
        }
        if (outcomeDate.isBefore(enquiry.startDate())) {
            problems.add(new FieldProblem("outcomeDate", "Date of the outcome must be on or after the enquiry started, "
                    + enquiry.startDate()));
        } else if (outcomeDate.isAfter(today)) {
            problems.add(new FieldProblem("outcomeDate", "Date of the outcome must be today or in the past"));
        }
        if (outcome != null && outcome != Section47Outcome.SUBSTANTIATED_ICPC && blank(icpcNotRequiredWhy)) {
            problems.add(new FieldProblem("icpcNotRequiredWhy", "Say why an initial child protection conference is not required"));
        }
        return problems;
    }

    /**
     * An initial conference: only for an enquiry whose outcome asks for one, once, not before the enquiry started
     * nor in the future; a plan needs at least one category of abuse and no other open plan.
     *
     * @param openPlan the child's open plan, or null
     */
    public static List<FieldProblem> initialConference(Section47Enquiry enquiry, LocalDate date, ConferenceOutcome outcome,
                                                       Set<AbuseCategory> categories, ChildProtectionPlan openPlan,
                                                       LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!enquiry.awaitingConference()) {
            problems.add(new FieldProblem("conferenceDate", enquiry.dateOfInitialConference() != null
                    ? "The initial conference for this enquiry was already held, on " + enquiry.dateOfInitialConference()
                    : "Record the enquiry's outcome as needing an initial conference first"));
        } else if (date.isBefore(enquiry.startDate())) {
            problems.add(new FieldProblem("conferenceDate", "Date of the conference must be on or after the enquiry started, "
                    + enquiry.startDate()));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("conferenceDate", "Date of the conference must be today or in the past"));
        }
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "Select what the conference decided"));
        } else if (outcome == ConferenceOutcome.PLAN) {
            if (categories.isEmpty()) {
                problems.add(new FieldProblem("categories", "Select the category of abuse"));
            }
            if (openPlan != null) {
                problems.add(new FieldProblem("outcome", "The child already has an open child protection plan, from "
                        + openPlan.startDate() + ": end it before starting another"));
            }
        }
        return problems;
    }

    /** A core group meeting or review conference: within the plan, not in the future. */
    public static List<FieldProblem> meeting(ChildProtectionPlan plan, LocalDate date, LocalDate today) {
        return withinPlan(plan, date, today, "meetingDate", "Date of the meeting");
    }

    /** A visit: within the plan and not in the future; a child seen alone was seen. */
    public static List<FieldProblem> visit(ChildProtectionPlan plan, LocalDate date, boolean seen, boolean seenAlone,
                                           LocalDate today) {
        List<FieldProblem> problems = withinPlan(plan, date, today, "visitDate", "Date of the visit");
        if (seenAlone && !seen) {
            problems.add(new FieldProblem("seenAlone", "A child seen alone was seen: answer yes to 'Was the child seen?'"));
        }
        return problems;
    }

    /** An emergency protection order or police protection: not in the future, ending on or after it started. */
    public static List<FieldProblem> protectiveOrder(LocalDate start, LocalDate end, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (start.isAfter(today)) {
            problems.add(new FieldProblem("startDate", "Start date must be today or in the past"));
        }
        if (end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("endDate", "End date must be on or after the start date, " + start));
        }
        return problems;
    }

    /** CIN census NumberOfPreviousCPP: the child's plans that started before {@code start}. */
    public static int previousPlans(Collection<LocalDate> otherPlanStarts, LocalDate start) {
        return (int) otherPlanStarts.stream().filter(d -> d.isBefore(start)).count();
    }

    private static List<FieldProblem> withinPlan(ChildProtectionPlan plan, LocalDate date, LocalDate today, String field,
                                                 String label) {
        List<FieldProblem> problems = new ArrayList<>();
        if (date.isAfter(today)) {
            problems.add(new FieldProblem(field, label + " must be today or in the past"));
        } else if (!plan.covers(date)) {
            problems.add(new FieldProblem(field, label + " must be within the plan, from " + plan.startDate()
                    + (plan.endDate() == null ? "" : " to " + plan.endDate())));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
