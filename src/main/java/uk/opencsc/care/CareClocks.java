package uk.opencsc.care;

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
 * Where each care clock of a child stands (reviews, visits, health assessments, dental checks), worked out by the
 * timescales engine itself so the care page and the work tray agree. The rules are the catalogue's as shipped.
 */
@Component
class CareClocks {

    static final Set<RuleId> CARE_RULES = Set.of(StatutoryDeadlines.LOOKED_AFTER_REVIEW, StatutoryDeadlines.LOOKED_AFTER_VISIT,
            StatutoryDeadlines.HEALTH_ASSESSMENT, StatutoryDeadlines.DENTAL_CHECK);

    private final DueWork dueWork;

    CareClocks(RuleCatalogue catalogue, WorkingDayCalendar calendar) {
        this.dueWork = new DueWork(TimescaleRules.of(catalogue), calendar);
    }

    /** The child's care obligations on {@code today}, the latest due first. */
    List<Obligation> obligations(UUID childId, LocalDate dateOfBirth, List<ChildEvent> events, LocalDate today) {
        return dueWork.forChild(new ChildJourney(childId, dateOfBirth, events), today).stream()
                .filter(o -> CARE_RULES.contains(o.rule().id()))
                .sorted(Comparator.comparing(Obligation::dueOn).reversed()).toList();
    }
}
