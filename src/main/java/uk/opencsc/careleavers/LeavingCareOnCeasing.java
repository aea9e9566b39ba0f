package uk.opencsc.careleavers;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.opencsc.care.CeasedLookedAfter;
import uk.opencsc.care.LookedAfterChildren;
import uk.opencsc.care.ReasonEpisodeCeased;

import java.util.Set;

/**
 * When a period of care ends, the young person's leaving care category follows from it, in the same transaction: a
 * young person who leaves care at 16 or over does not wait for someone to remember to open their leaving care record.
 * Not when the child died, was adopted, or another authority took over their care (its duty, not ours), and not for
 * short breaks.
 */
@Component
class LeavingCareOnCeasing {

    static final Set<ReasonEpisodeCeased> NOT_LEAVING_OUR_CARE = Set.of(ReasonEpisodeCeased.E2, ReasonEpisodeCeased.E11,
            ReasonEpisodeCeased.E12, ReasonEpisodeCeased.E3);

    private final CareLeaverRecords records;
    private final LookedAfterChildren lookedAfter;

    LeavingCareOnCeasing(CareLeaverRecords records, LookedAfterChildren lookedAfter) {
        this.records = records;
        this.lookedAfter = lookedAfter;
    }

    @EventListener
    void on(CeasedLookedAfter ceased) {
        if (ceased.shortBreaks() || NOT_LEAVING_OUR_CARE.contains(ceased.reason())) {
            return;
        }
        records.leftCare(ceased.personId(), ceased.endDate(), lookedAfter.periodsOf(ceased.personId()));
    }
}
