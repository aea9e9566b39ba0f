package uk.opencsc.worktray;

import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * What goes on a work tray and in what order. Only open obligations — overdue, due today, or due by the tray's
 * horizon (what is further off would bury today's work). Overdue work comes first, the longest overdue at the
 * top, then what is due today, then upcoming work soonest first; within a day, a limit in hours first.
 */
final class TrayOrder {

    /** How far ahead a tray looks: two working weeks, time to plan a visit or a conference. */
    static final int HORIZON_WORKING_DAYS = 10;

    static final Comparator<TrayItem> ORDER = Comparator.comparingInt((TrayItem i) -> rank(i.obligation().state()))
            .thenComparing(Comparator.comparingInt((TrayItem i) -> i.obligation().workingDaysLate()).reversed())
            .thenComparing(i -> i.obligation().dueOn())
            .thenComparing(i -> i.obligation().dueBy() == null ? 1 : 0)
            .thenComparing(TrayItem::childName)
            .thenComparing(i -> i.obligation().rule().name());

    private TrayOrder() {
    }

    /** @param horizon the last day upcoming work is shown for */
    static boolean onTray(Obligation o, LocalDate horizon) {
        return switch (o.state()) {
            case OVERDUE, DUE_TODAY -> true;
            case UPCOMING -> !o.dueOn().isAfter(horizon);
            case MET_ON_TIME, MET_LATE, NO_LONGER_NEEDED -> false;
        };
    }

    private static int rank(ObligationState state) {
        return switch (state) {
            case OVERDUE -> 0;
            case DUE_TODAY -> 1;
            default -> 2;
        };
    }
}
