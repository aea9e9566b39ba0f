package uk.opencsc.workforce;

import uk.opencsc.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a child with an open episode has waited for a worker. The wait begins on the later of the day the
 * episode began and the day the child's last allocation ended (a child whose worker left waits again from that
 * day), and is counted in working days by the house convention: from the day after it began, so a child
 * referred today has waited 0 working days, and one referred on a Friday has waited 1 on the Monday.
 */
final class WaitingForAWorker {

    private WaitingForAWorker() {
    }

    /**
     * @param episodeStart       the day the open episode began (a CIN episode: its referral date)
     * @param lastAllocationEnded the day the child's latest allocation ended (exclusive end), or null when never allocated
     */
    static LocalDate waitingSince(LocalDate episodeStart, LocalDate lastAllocationEnded) {
        Objects.requireNonNull(episodeStart, "episodeStart");
        return lastAllocationEnded != null && lastAllocationEnded.isAfter(episodeStart) ? lastAllocationEnded : episodeStart;
    }

    /** Working days waited by {@code today}; never negative (an episode recorded as starting tomorrow has waited 0). */
    static int workingDaysWaited(LocalDate since, LocalDate today, WorkingDayCalendar calendar) {
        return Math.max(0, calendar.workingDaysBetween(since, today));
    }
}
