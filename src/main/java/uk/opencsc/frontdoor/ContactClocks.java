package uk.opencsc.frontdoor;

import org.springframework.stereotype.Component;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.RuleId;
import uk.opencsc.timescales.StatutoryDeadlines;
import uk.opencsc.timescales.TimescaleRules;

import java.time.LocalDate;
import java.util.List;

/**
 * Where each contact's decision clock stands, worked out by the timescales engine itself (rule
 * {@code contact-decision}: within 1 working day of receipt), so the page and {@code timescales due} never
 * disagree. The catalogue's rule is used as shipped because it is not one a local authority may change.
 */
@Component
class ContactClocks {

    static final RuleId CONTACT_DECISION = RuleId.of("contact-decision");

    private final DueWork dueWork;
    private final StatutoryDeadlines deadlines;
    private final WorkingDayCalendar calendar;

    ContactClocks(RuleCatalogue catalogue, WorkingDayCalendar calendar) {
        TimescaleRules rules = TimescaleRules.of(catalogue);
        this.dueWork = new DueWork(rules, calendar);
        this.deadlines = new StatutoryDeadlines(rules, calendar);
        this.calendar = calendar;
    }

    /**
     * @param dueOn           the last day on which the decision is on time
     * @param workingDaysLate for a late or overdue decision, by how many working days; otherwise 0
     */
    record DecisionClock(LocalDate dueOn, ObligationState state, int workingDaysLate) {

        /** "Due 4 March 2026", "Met on time", "Late by 2 working days", "Overdue by 1 working day". */
        public String summary() {
            String days = workingDaysLate == 1 ? "1 working day" : workingDaysLate + " working days";
            return switch (state) {
                case MET_ON_TIME -> "Decided on time";
                case MET_LATE -> "Decided late by " + days;
                case OVERDUE -> "Overdue by " + days;
                case DUE_TODAY -> "Decision due today";
                case UPCOMING -> "Decision due";
                case NO_LONGER_NEEDED -> "No longer needed";
            };
        }

        public boolean late() {
            return workingDaysLate > 0;
        }
    }

    DecisionClock of(Contact contact, LocalDate dateOfBirth, LocalDate today) {
        // the contact's own events only: contacts are EACH_SEPARATE, so another contact's decision never meets this one
        List<Obligation> obligations = dueWork.forChild(
                new ChildJourney(contact.personId(), dateOfBirth, FrontDoorJourneys.eventsOf(contact)), today);
        Obligation o = obligations.stream().filter(x -> x.rule().id().equals(CONTACT_DECISION)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The rule catalogue has no " + CONTACT_DECISION + " rule"));
        return new DecisionClock(o.dueOn(), o.state(), o.workingDaysLate());
    }

    /**
     * Working days a decision made on {@code decidedOn} was after its due date, as {@link #of} counts them for a
     * decided contact (the engine's count for a met obligation), without a child's journey: for the bulk load's
     * thousands of historic contacts.
     */
    int decisionWorkingDaysLate(LocalDate receivedOn, LocalDate decidedOn) {
        return Math.max(0, calendar.workingDaysBetween(deadlines.contactDecisionDue(receivedOn), decidedOn));
    }

}
