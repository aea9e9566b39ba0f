package uk.opencsc.worktray;

import uk.opencsc.timescales.ObligationState;
import uk.opencsc.workforce.ChildrenWaiting;

import java.time.LocalDate;
import java.util.List;

/**
 * A tray as shown on one visit: the due work in {@link TrayOrder}, and for a manager what waits for authorisation,
 * oldest first.
 *
 * @param children how many children have work on the tray
 * @param waiting  for a team, its children waiting for a worker, the longest wait first
 * @param horizon  the last day upcoming work is shown for
 */
public record Tray(String owner, int children, List<TrayItem> items, List<Awaiting> awaiting,
                   List<ChildrenWaiting.WaitingChild> waiting, LocalDate today, LocalDate horizon) {

    public Tray {
        items = List.copyOf(items);
        awaiting = List.copyOf(awaiting);
        waiting = List.copyOf(waiting);
    }

    /** Work waiting for authorisation, with the name of the child it concerns. */
    public record Awaiting(AwaitingAuthorisation work, String childName) {
    }

    public long overdue() {
        return count(ObligationState.OVERDUE);
    }

    public long dueToday() {
        return count(ObligationState.DUE_TODAY);
    }

    public long upcoming() {
        return count(ObligationState.UPCOMING);
    }

    private long count(ObligationState state) {
        return items.stream().filter(i -> i.obligation().state() == state).count();
    }
}
