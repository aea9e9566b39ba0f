package uk.opencsc.assessment;

import org.springframework.stereotype.Component;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.StatutoryDeadlines;
import uk.opencsc.timescales.TimescaleRules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The 45-working-day clock of a child and family assessment, worked out by the timescales engine itself so the
 * assessment page and {@code timescales due} agree. The rule is the catalogue's as shipped.
 */
@Component
class AssessmentClocks {

    private final StatutoryDeadlines deadlines;
    private final DueWork dueWork;
    private final WorkingDayCalendar calendar;

    AssessmentClocks(RuleCatalogue catalogue, WorkingDayCalendar calendar) {
        TimescaleRules rules = TimescaleRules.of(catalogue);
        this.deadlines = new StatutoryDeadlines(rules, calendar);
        this.dueWork = new DueWork(rules, calendar);
        this.calendar = calendar;
    }

    /** Working Together: a child and family assessment is due 45 working days after the referral. */
    LocalDate dueDate(LocalDate referralDate) {
        return deadlines.assessmentDue(referralDate);
    }

    /**
     * Where the assessment's own clock stands on {@code today}: due, overdue by N, met on time or met late by N;
     * empty only if the timescales engine runs no clock from its referral (a rule changed locally to not apply).
     */
    Optional<Obligation> obligation(UUID childId, LocalDate dateOfBirth, ChildAndFamilyAssessment assessment, LocalDate today) {
        return dueWork.forChild(new ChildJourney(childId, dateOfBirth, AssessmentJourneys.eventsOf(assessment)), today).stream()
                .filter(o -> o.rule().id().equals(StatutoryDeadlines.CHILD_AND_FAMILY_ASSESSMENT)
                        && o.clockStarted().equals(assessment.referralDate()))
                .findFirst();
    }

    /** Working days an authorisation on {@code date} is after the due date; 0 when on time. */
    int workingDaysLate(UUID childId, LocalDate dateOfBirth, ChildAndFamilyAssessment authorised) {
        return obligation(childId, dateOfBirth, authorised, authorised.authorisationDate()).map(Obligation::workingDaysLate).orElse(0);
    }

    /**
     * Working days an authorisation on {@code authorisedOn} was after the assessment's due date, as the engine counts
     * a met obligation, without a child's journey: for the bulk load's historic assessments.
     */
    int workingDaysAfterDue(LocalDate referralDate, LocalDate authorisedOn) {
        return Math.max(0, calendar.workingDaysBetween(dueDate(referralDate), authorisedOn));
    }
}
