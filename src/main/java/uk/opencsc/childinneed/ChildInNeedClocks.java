package uk.opencsc.childinneed;

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
 * Where each child in need clock of a child stands, worked out by the timescales engine itself so the page and
 * {@code timescales due} agree. The rules are the catalogue's as shipped (a local authority's own visit or review
 * frequency set on the timescales page is applied by {@code timescales due}, not yet by this page).
 */
@Component
class ChildInNeedClocks {

    static final Set<RuleId> CHILD_IN_NEED_RULES = Set.of(StatutoryDeadlines.CHILD_IN_NEED_VISIT,
            StatutoryDeadlines.CHILD_IN_NEED_PLAN_REVIEW);

    private final DueWork dueWork;

    ChildInNeedClocks(RuleCatalogue catalogue, WorkingDayCalendar calendar) {
        this.dueWork = new DueWork(TimescaleRules.of(catalogue), calendar);
    }

    /** The child's child in need obligations on {@code today}, the latest due first. */
    List<Obligation> obligations(UUID childId, LocalDate dateOfBirth, List<ChildEvent> events, LocalDate today) {
        return dueWork.forChild(new ChildJourney(childId, dateOfBirth, events), today).stream()
                .filter(o -> CHILD_IN_NEED_RULES.contains(o.rule().id()))
                .sorted(Comparator.comparing(Obligation::dueOn).reversed()).toList();
    }
}
