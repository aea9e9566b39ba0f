package uk.opencsc.timescales;

import uk.opencsc.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The deadlines of the law by name, each worked out from the catalogue rule it names (with the local setting
 * in force on the start date), so a page or a journey module asks for {@code initialConferenceDue(strategyDiscussion)}
 * rather than adding 15 working days itself.
 */
public final class StatutoryDeadlines {

    public static final RuleId CONTACT_DECISION = RuleId.of("contact-decision");
    public static final RuleId CHILD_AND_FAMILY_ASSESSMENT = RuleId.of("child-and-family-assessment");
    public static final RuleId INITIAL_CHILD_PROTECTION_CONFERENCE = RuleId.of("initial-child-protection-conference");
    public static final RuleId FIRST_CORE_GROUP = RuleId.of("first-core-group");
    public static final RuleId CHILD_PROTECTION_REVIEW_CONFERENCE = RuleId.of("child-protection-review-conference");
    public static final RuleId CHILD_PROTECTION_VISIT = RuleId.of("child-protection-visit");
    public static final RuleId CHILD_IN_NEED_VISIT = RuleId.of("child-in-need-visit");
    public static final RuleId CHILD_IN_NEED_PLAN_REVIEW = RuleId.of("child-in-need-plan-review");
    public static final RuleId LOOKED_AFTER_REVIEW = RuleId.of("looked-after-review");
    public static final RuleId LOOKED_AFTER_VISIT = RuleId.of("looked-after-visit");
    public static final RuleId HEALTH_ASSESSMENT = RuleId.of("health-assessment");
    public static final RuleId DENTAL_CHECK = RuleId.of("dental-check");
    public static final RuleId PERMANENCE_PLAN = RuleId.of("permanence-plan");
    public static final RuleId IRO_ESCALATION = RuleId.of("iro-escalation");
    public static final RuleId RETURN_HOME_INTERVIEW = RuleId.of("return-home-interview");
    public static final RuleId PATHWAY_PLAN_REVIEW = RuleId.of("pathway-plan-review");
    public static final RuleId CARE_PROCEEDINGS = RuleId.of("care-proceedings");

    private final TimescaleRules rules;
    private final WorkingDayCalendar calendar;

    public StatutoryDeadlines(TimescaleRules rules, WorkingDayCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    public LocalDate contactDecisionDue(LocalDate contactReceived) {
        return firstDue(CONTACT_DECISION, contactReceived);
    }

    public LocalDate assessmentDue(LocalDate referralReceived) {
        return firstDue(CHILD_AND_FAMILY_ASSESSMENT, referralReceived);
    }

    public LocalDate initialConferenceDue(LocalDate strategyDiscussion) {
        return firstDue(INITIAL_CHILD_PROTECTION_CONFERENCE, strategyDiscussion);
    }

    public LocalDate firstCoreGroupDue(LocalDate initialConference) {
        return firstDue(FIRST_CORE_GROUP, initialConference);
    }

    public LocalDate firstReviewConferenceDue(LocalDate initialConference) {
        return firstDue(CHILD_PROTECTION_REVIEW_CONFERENCE, initialConference);
    }

    public LocalDate firstLookedAfterReviewDue(LocalDate becameLookedAfter) {
        return firstDue(LOOKED_AFTER_REVIEW, becameLookedAfter);
    }

    public LocalDate firstPlacementVisitDue(LocalDate placementStarted) {
        return firstDue(LOOKED_AFTER_VISIT, placementStarted);
    }

    public LocalDateTime returnInterviewDueBy(LocalDateTime returned) {
        return rules.ruleFor(RETURN_HOME_INTERVIEW, returned.toLocalDate()).first().dueBy(returned);
    }

    public LocalDate careProceedingsDue(LocalDate applicationIssued) {
        return firstDue(CARE_PROCEEDINGS, applicationIssued);
    }

    private LocalDate firstDue(RuleId id, LocalDate start) {
        TimescaleRule rule = rules.ruleFor(id, start);
        return rule.first().dueOn(start, rule.countsStartDay(), calendar);
    }
}
