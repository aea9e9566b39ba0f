package uk.opencsc.protection;

import org.springframework.stereotype.Component;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.RuleId;
import uk.opencsc.timescales.StatutoryDeadlines;
import uk.opencsc.timescales.TimescaleRules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The child protection deadlines and clocks, worked out by the timescales engine itself so the pages and
 * {@code timescales due} agree: the initial conference target of a section 47 enquiry, and where each protection
 * obligation of a child stands. The rules are the catalogue's as shipped (a local authority's own core group or
 * visit frequency set on the timescales page is applied by {@code timescales due}, not yet by this page).
 */
@Component
class ProtectionClocks {

    static final Set<RuleId> PROTECTION_RULES = Set.of(StatutoryDeadlines.INITIAL_CHILD_PROTECTION_CONFERENCE,
            StatutoryDeadlines.FIRST_CORE_GROUP, StatutoryDeadlines.CHILD_PROTECTION_REVIEW_CONFERENCE,
            StatutoryDeadlines.CHILD_PROTECTION_VISIT);

    private final StatutoryDeadlines deadlines;
    private final DueWork dueWork;
    private final WorkingDayCalendar calendar;

    ProtectionClocks(RuleCatalogue catalogue, WorkingDayCalendar calendar) {
        TimescaleRules rules = TimescaleRules.of(catalogue);
        this.deadlines = new StatutoryDeadlines(rules, calendar);
        this.dueWork = new DueWork(rules, calendar);
        this.calendar = calendar;
    }

    /** CIN census InitialCPCtarget: the initial conference is due 15 working days after the strategy discussion. */
    LocalDate initialConferenceTarget(LocalDate strategyDiscussion) {
        return deadlines.initialConferenceDue(strategyDiscussion);
    }

    /** The child's protection obligations on {@code today}, the latest due first. */
    List<Obligation> obligations(UUID childId, LocalDate dateOfBirth, List<ChildEvent> events, LocalDate today) {
        return dueWork.forChild(new ChildJourney(childId, dateOfBirth, events), today).stream()
                .filter(o -> PROTECTION_RULES.contains(o.rule().id()))
                .sorted(Comparator.comparing(Obligation::dueOn).reversed()).toList();
    }

    /** Working days the conference was held after its target; 0 when on time. */
    int conferenceWorkingDaysLate(UUID childId, LocalDate dateOfBirth, List<ChildEvent> events, LocalDate conferenceDate) {
        return dueWork.forChild(new ChildJourney(childId, dateOfBirth, events), conferenceDate).stream()
                .filter(o -> o.rule().id().equals(StatutoryDeadlines.INITIAL_CHILD_PROTECTION_CONFERENCE)
                        && conferenceDate.equals(o.closedOn()))
                .mapToInt(Obligation::workingDaysLate).findFirst().orElse(0);
    }

    /**
     * Working days a conference held on {@code conferenceDate} was after its {@code target}, as the engine counts a
     * met obligation, without a child's journey: for the bulk load's historic conferences.
     */
    int workingDaysAfterTarget(LocalDate target, LocalDate conferenceDate) {
        return Math.max(0, calendar.workingDaysBetween(target, conferenceDate));
    }
}
