package uk.opencsc.childinneed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.opencsc.care.BecameLookedAfter;
import uk.opencsc.frontdoor.CinEpisodeClosed;
import uk.opencsc.protection.ChildProtectionPlanStarted;

/**
 * Ends a child's child in need plan when the record moves on without it: a child protection plan starting
 * replaces it (the child's plan is then the child protection plan, reviewed by conference), so does the child
 * becoming looked after (the care plan, reviewed by the IRO; short breaks aside, which sit beside a child in need
 * plan), and a CIN episode closing ends the plans within it. Synchronous listeners, so the plan ends in the same transaction as the
 * change that ended it, and a failure undoes both.
 */
@Component
class ChildInNeedPlanEndings {

    private final ChildInNeedRecords records;

    ChildInNeedPlanEndings(ChildInNeedRecords records) {
        this.records = records;
    }

    @EventListener
    void on(ChildProtectionPlanStarted e) {
        records.endBecause(e.personId(), null, e.startDate(), CinPlanEndReason.STEPPED_UP_TO_CP);
    }

    @EventListener
    void on(BecameLookedAfter e) {
        if (!e.shortBreaks()) {
            records.endBecause(e.personId(), null, e.startDate(), CinPlanEndReason.LOOKED_AFTER);
        }
    }

    @EventListener
    void on(CinEpisodeClosed e) {
        records.endBecause(e.personId(), e.referralId(), e.closureDate(), CinPlanEndReason.EPISODE_CLOSED);
    }
}
