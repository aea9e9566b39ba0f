package uk.opencsc.careleavers;

import org.springframework.stereotype.Component;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.StatutoryDeadlines;
import uk.opencsc.timescales.TimescaleRules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Where the pathway plan review clock of a young person stands, worked out by the timescales engine itself so the
 * page, the tray and {@code timescales due} agree. The rule is the catalogue's as shipped.
 */
@Component
class CareLeaverClocks {

    private final DueWork dueWork;

    CareLeaverClocks(RuleCatalogue catalogue, WorkingDayCalendar calendar) {
        this.dueWork = new DueWork(TimescaleRules.of(catalogue), calendar);
    }

    /** The young person's pathway plan review obligations on {@code today}, the latest due first. */
    List<Obligation> obligations(UUID personId, LocalDate dateOfBirth, List<ChildEvent> events, LocalDate today) {
        return dueWork.forChild(new ChildJourney(personId, dateOfBirth, events), today).stream()
                .filter(o -> o.rule().id().equals(StatutoryDeadlines.PATHWAY_PLAN_REVIEW))
                .sorted(Comparator.comparing(Obligation::dueOn).reversed()).toList();
    }
}
