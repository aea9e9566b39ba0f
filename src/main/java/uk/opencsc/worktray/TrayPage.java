package uk.opencsc.worktray;

import uk.opencsc.timescales.ObligationState;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One page of a tray as shown: the items of the chosen worker (or everyone's), a page at a time, and for a team the
 * count of each worker's work so a manager sees at a glance where it is piling up.
 *
 * @param worker the worker whose work is shown, or null for everyone's
 * @param page   1-based, within 1..pages
 */
public record TrayPage(List<TrayItem> items, String worker, int page, int pages, int shown, List<WorkerLoad> workers) {

    static final int PAGE_SIZE = 25;
    static final String NOT_ALLOCATED = "Not allocated";

    /** One worker's work on the tray. */
    public record WorkerLoad(String worker, int overdue, int dueToday, int upcoming) {
    }

    public TrayPage {
        items = List.copyOf(items);
        workers = List.copyOf(workers);
    }

    static TrayPage of(Tray tray, String worker, int requestedPage) {
        String chosen = worker == null || worker.isBlank() ? null : worker;
        List<TrayItem> matching = tray.items().stream().filter(i -> chosen == null || chosen.equals(workerOf(i))).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pages);
        List<TrayItem> shown = matching.subList((page - 1) * PAGE_SIZE, Math.min(matching.size(), page * PAGE_SIZE));
        return new TrayPage(shown, chosen, page, pages, matching.size(), loads(tray.items()));
    }

    private static List<WorkerLoad> loads(List<TrayItem> items) {
        Map<String, int[]> counts = new TreeMap<>();
        for (TrayItem i : items) {
            int[] c = counts.computeIfAbsent(workerOf(i), k -> new int[3]);
            ObligationState state = i.obligation().state();
            c[state == ObligationState.OVERDUE ? 0 : state == ObligationState.DUE_TODAY ? 1 : 2]++;
        }
        return counts.entrySet().stream().map(e -> new WorkerLoad(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    static String workerOf(TrayItem item) {
        return item.worker() == null ? NOT_ALLOCATED : item.worker();
    }
}
