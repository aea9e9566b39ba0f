package uk.opencsc.demo;

import uk.opencsc.workforce.SupervisionBulkLoad.HistoricDiscussion;
import uk.opencsc.workforce.SupervisionBulkLoad.HistoricSupervision;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricAllocation;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricWorker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Six months of supervision for the synthetic workforce, deterministic from the seed: most workers supervised on time
 * (every 4 weeks, every 2 in their first year after qualifying, give or take a few days), about one in eight now
 * overdue; each supervision discusses up to four of the children the worker held that day.
 */
final class SyntheticSupervision {

    private static final String[] DISCUSSIONS = {
            "Reviewed progress against the plan; school reports better attendance.",
            "Talked through the latest visit and what the child said about home.",
            "Considered the risks from the recent police notification.",
            "Discussed contact with the father and the family's support network.",
            "Reviewed whether the plan's actions are on track and who is doing them."};
    private static final String[] DECISIONS = {
            "Continue the plan; visit again within 10 working days.",
            "Hold a strategy discussion if further concerns are reported.",
            "Refer to the family support service this week.",
            "Update the assessment with the new information before the review.",
            "Arrange a core group meeting within two weeks."};

    private SyntheticSupervision() {
    }

    /**
     * @param managerOfWorker each worker's team manager (workers without one are not supervised here)
     */
    static List<HistoricSupervision> generate(long seed, LocalDate today, List<HistoricWorker> workers, Map<UUID, UUID> managerOfWorker,
                                              List<HistoricAllocation> allocations) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5E9E7715L);
        Map<UUID, List<HistoricAllocation>> held = new java.util.HashMap<>();
        allocations.forEach(a -> held.computeIfAbsent(a.workerUserId(), w -> new ArrayList<>()).add(a));
        LocalDate from = today.minusMonths(6);
        List<HistoricSupervision> result = new ArrayList<>();
        for (HistoricWorker w : workers) {
            UUID manager = managerOfWorker.get(w.userId());
            if (manager == null || manager.equals(w.userId())) continue;
            boolean newlyQualified = w.qualifiedOn() != null && !today.isAfter(w.qualifiedOn().plusYears(1));
            int days = newlyQualified ? 14 : 28;
            boolean overdue = random.nextInt(8) == 0;
            LocalDate day = overdue ? today.minusDays(days + 1 + random.nextInt(21)) : today.minusDays(random.nextInt(days));
            List<HistoricAllocation> theirs = held.getOrDefault(w.userId(), List.of());
            while (!day.isBefore(from) && !day.isBefore(w.startedOn())) {
                LocalDate on = day;
                List<HistoricAllocation> then = new ArrayList<>(theirs.stream()
                        .filter(a -> !a.allocatedOn().isAfter(on) && (a.endedOn() == null || a.endedOn().isAfter(on))).toList());
                List<HistoricDiscussion> discussed = new ArrayList<>();
                for (int i = 0; i < 4 && !then.isEmpty(); i++) {
                    HistoricAllocation a = then.remove(random.nextInt(then.size()));
                    discussed.add(new HistoricDiscussion(a.personId(), DISCUSSIONS[random.nextInt(DISCUSSIONS.length)],
                            DECISIONS[random.nextInt(DECISIONS.length)]));
                }
                result.add(new HistoricSupervision(w.userId(), manager, on, discussed));
                day = day.minusDays(days - 3 + random.nextInt(7));
            }
        }
        return result;
    }
}
