package uk.opencsc.demo;

import uk.opencsc.access.Role;
import uk.opencsc.workforce.Employment;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricAllocation;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricWorker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The synthetic authority's workforce records and allocations, deterministic from the seed.
 * <ul>
 *   <li>Every social worker, personal adviser, manager, head of service and IRO has employment details: about 15%
 *       agency, about 12% newly qualified (qualified within the year), most full time, a Social Work England number.</li>
 *   <li>Every child with an open CIN episode is allocated to a worker of their responsible team, except about 2%
 *       who wait (some since their episode began months ago, some since their worker's allocation ended); the demo
 *       team always has three waiting, and sw.demo holds {@value #DEMO_CASELOAD} children at most.</li>
 *   <li>About a quarter of the children allocated for over two months were reallocated once (history).</li>
 * </ul>
 */
final class SyntheticWorkforce {

    static final int DEMO_CASELOAD = 18;
    static final double WAITING_SHARE = 0.02;
    static final int DEMO_TEAM_WAITING = 3;

    private SyntheticWorkforce() {
    }

    record Result(List<HistoricWorker> workers, List<HistoricAllocation> allocations) {
    }

    /**
     * @param userIds      the loaded users' ids by username
     * @param teamIds      the loaded teams' ids by name
     * @param openEpisodes the children with an open CIN episode and the day it began
     * @param teamOfChild  each child's responsible team
     */
    static Result generate(DemoSpecification spec, WorkforcePlan plan, Map<String, UUID> userIds, Map<String, UUID> teamIds,
                           Map<UUID, LocalDate> openEpisodes, Map<UUID, UUID> teamOfChild) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0xA110CA7EL);
        LocalDate today = spec.today();
        List<HistoricWorker> workers = new ArrayList<>();
        Set<String> registrations = new HashSet<>();
        Set<Role> employed = Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE,
                Role.INDEPENDENT_REVIEWING_OFFICER);
        List<UUID> teams = plan.teams().stream().map(t -> teamIds.get(t.name())).toList();
        for (WorkforcePlan.User u : plan.users()) {
            if (!employed.contains(u.role())) {
                continue;
            }
            boolean newlyQualified = (u.role() == Role.SOCIAL_WORKER || u.role() == Role.PERSONAL_ADVISER) && random.nextDouble() < 0.12
                    && !u.username().equals("sw.demo");
            LocalDate qualified = newlyQualified ? today.minusDays(30 + random.nextInt(300))
                    : today.minusYears(2 + random.nextInt(20)).minusDays(random.nextInt(365));
            LocalDate started = newlyQualified ? qualified.plusDays(14 + random.nextInt(30))
                    : qualified.plusYears(random.nextInt(Math.max(1, today.getYear() - qualified.getYear()))).plusDays(random.nextInt(200));
            if (started.isAfter(today)) {
                started = today.minusDays(1);
            }
            Employment employment = random.nextDouble() < 0.15 && !WorkforcePlan.DEMO_PASSWORD.equals(u.password()) ? Employment.AGENCY : Employment.PERMANENT;
            double r = random.nextDouble();
            BigDecimal fte = new BigDecimal(r < 0.80 ? "1.00" : r < 0.90 ? "0.80" : r < 0.96 ? "0.60" : "0.50");
            String registration;
            do {
                registration = "SW" + (10_000 + random.nextInt(190_000));
            } while (!registrations.add(registration));
            // a third of those with more than two years' service moved from another team
            UUID previous = null;
            LocalDate joined = started;
            if (u.team() != null && started.isBefore(today.minusYears(2)) && random.nextDouble() < 0.33 && teams.size() > 1) {
                UUID own = teamIds.get(u.team());
                previous = teams.stream().filter(t -> !t.equals(own)).toList().get(random.nextInt(teams.size() - 1));
                joined = today.minusDays(60 + random.nextInt(600));
            }
            workers.add(new HistoricWorker(userIds.get(u.username()), registration,
                    random.nextBoolean() ? "BA (Hons) Social Work" : "MA Social Work", qualified, fte, employment, started, previous,
                    joined));
        }

        // the holders of each team, sw.demo first in the demo team
        Map<UUID, List<UUID>> holders = plan.users().stream()
                .filter(u -> u.team() != null && (u.role() == Role.SOCIAL_WORKER || u.role() == Role.PERSONAL_ADVISER))
                .sorted(Comparator.comparing((WorkforcePlan.User u) -> !u.username().equals("sw.demo")))
                .collect(Collectors.groupingBy(u -> teamIds.get(u.team()), Collectors.mapping(u -> userIds.get(u.username()), Collectors.toList())));
        UUID demoTeam = teamIds.get(plan.demoSocialWorkersTeam().name());
        UUID swDemo = userIds.get("sw.demo");
        Map<UUID, List<UUID>> childrenByTeam = openEpisodes.keySet().stream().filter(teamOfChild::containsKey)
                .sorted(Comparator.comparing((UUID c) -> openEpisodes.get(c)).thenComparing(c -> c))
                .collect(Collectors.groupingBy(teamOfChild::get, Collectors.toList()));
        List<HistoricAllocation> allocations = new ArrayList<>();
        for (UUID team : childrenByTeam.keySet().stream().sorted().toList()) {
            List<UUID> children = childrenByTeam.get(team);
            List<UUID> teamHolders = holders.getOrDefault(team, List.of());
            if (teamHolders.isEmpty()) {
                continue;
            }
            Set<UUID> waiting = new HashSet<>();
            for (UUID c : children) {
                if (random.nextDouble() < WAITING_SHARE) waiting.add(c);
            }
            if (team.equals(demoTeam)) {
                for (int i = 0; waiting.size() < Math.min(DEMO_TEAM_WAITING, children.size()); i++) {
                    waiting.add(children.get(random.nextInt(children.size())));
                }
            }
            int swDemoHolds = 0;
            int next = 0;
            for (UUID child : children) {
                LocalDate start = openEpisodes.get(child);
                if (waiting.contains(child)) {
                    // a third waited after a worker's allocation ended
                    long episodeDays = today.toEpochDay() - start.toEpochDay();
                    if (episodeDays > 30 && random.nextDouble() < 0.33) {
                        LocalDate ended = today.minusDays(3 + random.nextInt(20));
                        LocalDate from = start.plusDays(random.nextInt((int) Math.max(1, ended.toEpochDay() - start.toEpochDay())));
                        allocations.add(new HistoricAllocation(child, teamHolders.get(random.nextInt(teamHolders.size())), from,
                                "Allocated after the referral", ended, "Worker left the authority"));
                    }
                    continue;
                }
                UUID worker;
                if (team.equals(demoTeam) && swDemoHolds < DEMO_CASELOAD) {
                    worker = swDemo;
                    swDemoHolds++;
                } else {
                    List<UUID> others = teamHolders.stream().filter(w -> !w.equals(swDemo)).toList();
                    worker = others.isEmpty() ? teamHolders.getFirst() : others.get(next++ % others.size());
                }
                LocalDate allocated = min(start.plusDays(random.nextInt(4)), today);
                if (today.toEpochDay() - allocated.toEpochDay() > 60 && random.nextDouble() < 0.25 && teamHolders.size() > 1) {
                    UUID first = teamHolders.stream().filter(w -> !w.equals(swDemo)).toList().get(0);
                    if (first.equals(worker)) first = teamHolders.get(teamHolders.size() - 1);
                    if (first.equals(worker)) {
                        allocations.add(new HistoricAllocation(child, worker, allocated, "Allocated after the referral", null, null));
                        continue;
                    }
                    LocalDate reallocated = allocated.plusDays(20 + random.nextInt((int) (today.toEpochDay() - allocated.toEpochDay() - 20)));
                    allocations.add(new HistoricAllocation(child, first, allocated, "Allocated after the referral", reallocated,
                            "Reallocated: worker's caseload rebalanced"));
                    allocations.add(new HistoricAllocation(child, worker, reallocated, "Caseload rebalanced within the team", null, null));
                } else {
                    allocations.add(new HistoricAllocation(child, worker, allocated, "Allocated after the referral", null, null));
                }
            }
        }
        return new Result(workers, allocations);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
