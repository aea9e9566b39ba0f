package uk.opencsc.workforce;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ManagementOversight;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Caseloads as the local authority weighs them, for the teams the signed-in user may see: a social worker, personal
 * adviser or team manager their own team, a head of service their service's teams, analysts, inspectors and
 * administrators every team. The figures name workers, never children, so a view is not a view of a child's record.
 * Everything is read in a handful of set-based queries whatever the number of teams.
 */
@Service
class CaseloadRecords {

    static final Set<Role> READERS = Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER, Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE,
            Role.PERFORMANCE_ANALYST, Role.INSPECTOR, Role.ADMINISTRATOR);
    /** Roles that hold children: a worker of these is listed even when they hold none. */
    private static final Set<Role> HOLDERS = Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER);
    static final int TREND_MONTHS = 12;

    private final CaseloadRepository caseloads;
    private final WorkforceRepository workforce;
    private final SupervisionRepository supervisions;
    private final List<CaseTypeSource> caseTypes;
    private final CinEpisodes cinEpisodes;
    private final ManagementOversight oversight;
    private final PersonLookup persons;
    private final RecordAccess access;
    private final ApplicationEventPublisher events;
    private final AuthorityWideFacts facts;
    private final Clock clock;

    CaseloadRecords(CaseloadRepository caseloads, WorkforceRepository workforce, SupervisionRepository supervisions,
                    List<CaseTypeSource> caseTypes, CinEpisodes cinEpisodes,
                    ManagementOversight oversight, PersonLookup persons, RecordAccess access,
                    ApplicationEventPublisher events, AuthorityWideFacts facts, Optional<Clock> clock) {
        this.caseloads = caseloads;
        this.workforce = workforce;
        this.supervisions = supervisions;
        this.caseTypes = caseTypes;
        this.cinEpisodes = cinEpisodes;
        this.oversight = oversight;
        this.persons = persons;
        this.access = access;
        this.events = events;
        this.facts = facts;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One worker's caseload today. */
    record WorkerCaseload(WorkforceRepository.Worker worker, int children, Map<CaseType, Integer> byType, BigDecimal weighted,
                          BigDecimal fte, BigDecimal fteAdjusted, boolean overThreshold, boolean newlyQualified) {
    }

    /**
     * A team's or a service's totals.
     *
     * @param weightedPerFte the team's weighted caseload over its workers' FTE: the FTE-adjusted caseload of the average post
     */
    record Totals(int workers, int children, BigDecimal weighted, BigDecimal fte, BigDecimal weightedPerFte, int overThreshold,
                  LeadersFootprint footprint) {

        public BigDecimal childrenPerWorker() {
            return workers == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(children).divide(BigDecimal.valueOf(workers), 1, RoundingMode.HALF_UP);
        }
    }

    record TeamCaseloads(WorkforceRepository.Team team, List<WorkerCaseload> workers, Totals totals) {
    }

    record ServiceCaseloads(String service, List<TeamCaseloads> teams, Totals totals) {
    }

    /**
     * What the caseloads page shows.
     *
     * @param team      the team drilled into, or null for the overview of every team in view
     * @param trend     children held at each of the last twelve month ends, then today
     */
    record Overview(List<ServiceCaseloads> services, Totals totals, TeamCaseloads team, List<MonthEndCaseloads.MonthEnd> trend,
                    CaseloadSettings settings, int footprintWeeks, boolean mayDrillIn, boolean mayChangeSettings) {
    }

    /**
     * @param teamId        a team to drill into, or null for every team in view (a social worker's or team manager's
     *                      view is always their own team)
     * @param footprintWeeks how far back a manager's entry counts towards the leaders' footprint, 1 to 52
     * @throws NotPermittedException when the team is not one the user may see
     */
    @Transactional(readOnly = true)
    Overview overview(UUID teamId, int footprintWeeks) {
        SignedInUser user = user(READERS);
        Map<UUID, WorkforceRepository.Team> visible = visibleTeams(user);
        boolean ownTeamOnly = user.role().readScope() == Role.Scope.TEAM;
        if (ownTeamOnly && teamId == null) {
            teamId = user.teamId();
        }
        if (teamId != null && !visible.containsKey(teamId)) {
            throw new NotPermittedException("You may see the caseloads of your own teams only");
        }
        Map<UUID, WorkforceRepository.Team> shown = teamId == null ? visible : Map.of(teamId, visible.get(teamId));
        LocalDate today = today();
        // settings and workers change rarely and every change publishes RecordChanged, which drops what facts keeps
        CaseloadSettings settings = facts.get("caseload settings", caseloads::settings);
        Set<UUID> shownTeams = Set.copyOf(shown.keySet());
        List<WorkforceRepository.Worker> staff = facts.get(List.of("workers of", shownTeams), () -> workforce.workersOf(shownTeams));
        Set<UUID> staffIds = staff.stream().map(WorkforceRepository.Worker::userId).collect(Collectors.toUnmodifiableSet());
        List<CaseloadRepository.Held> held = facts.get(List.of("held by", staffIds), () -> caseloads.heldBy(staffIds));
        Map<UUID, Set<CaseType>> found = facts.get(List.of("case types", today), () -> caseTypesOn(today));
        Map<UUID, List<CaseType>> typesByWorker = new HashMap<>();
        for (CaseloadRepository.Held h : held) {
            typesByWorker.computeIfAbsent(h.workerUserId(), w -> new ArrayList<>()).add(CaseType.of(found.getOrDefault(h.personId(), Set.of())));
        }
        Map<UUID, LeadersFootprint> footprints = footprintByTeam(shown.keySet(), today, footprintWeeks);

        Map<UUID, List<WorkerCaseload>> workersByTeam = new HashMap<>();
        for (WorkforceRepository.Worker w : staff) {
            List<CaseType> types = typesByWorker.getOrDefault(w.userId(), List.of());
            boolean left = !w.enabled() || w.employment() != null && w.employment().leftBy(today);
            if (types.isEmpty() && (left || !HOLDERS.contains(w.role()))) {
                continue;
            }
            workersByTeam.computeIfAbsent(w.teamId(), t -> new ArrayList<>()).add(caseload(w, types, settings, today));
        }
        LocalDate since = today.minusWeeks(footprintWeeks);
        List<TeamCaseloads> teams = shown.values().stream()
                .sorted(Comparator.comparing(WorkforceRepository.Team::service, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WorkforceRepository.Team::name))
                .map(t -> {
                    List<WorkerCaseload> rows = workersByTeam.getOrDefault(t.id(), List.of());
                    return new TeamCaseloads(t, rows, totals(rows, footprints.getOrDefault(t.id(), new LeadersFootprint(since, 0, 0))));
                }).toList();
        Map<String, List<TeamCaseloads>> byService = teams.stream().collect(Collectors.groupingBy(
                t -> t.team().service() == null ? "" : t.team().service(), LinkedHashMap::new, Collectors.toList()));
        List<ServiceCaseloads> services = byService.entrySet().stream()
                .map(e -> new ServiceCaseloads(e.getKey(), e.getValue(), sum(e.getValue().stream().map(TeamCaseloads::totals).toList(), since)))
                .toList();
        Totals all = sum(teams.stream().map(TeamCaseloads::totals).toList(), since);

        List<LocalDate> days = new ArrayList<>(MonthEndCaseloads.monthEndsBefore(today, TREND_MONTHS));
        days.add(today);
        Set<UUID> shownIds = Set.copyOf(shown.keySet());
        List<MonthEndCaseloads.MonthEnd> trend = facts.get(List.of("trend", shownIds, today),
                () -> MonthEndCaseloads.count(caseloads.periodsOfTeams(shownIds, days.getFirst()), days));
        return new Overview(services, all, teamId == null ? null : teams.getFirst(), trend, settings, footprintWeeks, !ownTeamOnly,
                user.role() == Role.ADMINISTRATOR);
    }

    /** Which children are of which case type on the day: one query a source for the whole authority. */
    private Map<UUID, Set<CaseType>> caseTypesOn(LocalDate today) {
        Map<UUID, Set<CaseType>> found = new HashMap<>();
        for (CaseTypeSource source : caseTypes) {
            source.childrenOn(today).forEach(child -> found.computeIfAbsent(child, c -> java.util.EnumSet.noneOf(CaseType.class))
                    .add(source.caseType()));
        }
        return found;
    }

    private static WorkerCaseload caseload(WorkforceRepository.Worker w, List<CaseType> types, CaseloadSettings settings, LocalDate today) {
        Map<CaseType, Integer> byType = new java.util.EnumMap<>(CaseType.class);
        types.forEach(t -> byType.merge(t, 1, Integer::sum));
        BigDecimal weighted = settings.weighting().weighted(types);
        BigDecimal fte = w.employment() == null ? null : w.employment().fte();
        BigDecimal adjusted = FteAdjustedCaseload.of(weighted, fte);
        return new WorkerCaseload(w, types.size(), byType, weighted, fte, adjusted, settings.threshold().exceededBy(adjusted),
                w.employment() != null && w.employment().newlyQualifiedOn(today));
    }

    private static Totals totals(List<WorkerCaseload> rows, LeadersFootprint footprint) {
        BigDecimal weighted = rows.stream().map(WorkerCaseload::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        // a worker whose FTE is not recorded counts as full-time, as in FteAdjustedCaseload
        BigDecimal fte = rows.stream().map(r -> r.fte() == null ? BigDecimal.ONE : r.fte()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(rows.size(), rows.stream().mapToInt(WorkerCaseload::children).sum(), weighted, fte,
                fte.signum() == 0 ? BigDecimal.ZERO : FteAdjustedCaseload.of(weighted, fte),
                (int) rows.stream().filter(WorkerCaseload::overThreshold).count(), footprint);
    }

    private static Totals sum(List<Totals> parts, LocalDate since) {
        BigDecimal weighted = parts.stream().map(Totals::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fte = parts.stream().map(Totals::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(parts.stream().mapToInt(Totals::workers).sum(), parts.stream().mapToInt(Totals::children).sum(), weighted, fte,
                fte.signum() == 0 ? BigDecimal.ZERO : FteAdjustedCaseload.of(weighted, fte),
                parts.stream().mapToInt(Totals::overThreshold).sum(),
                parts.stream().map(Totals::footprint).reduce(new LeadersFootprint(since, 0, 0), LeadersFootprint::plus));
    }

    /**
     * The leaders' footprint of each team: children with a CIN episode open today, counted in the team that holds them
     * (their current allocation's team) or, while they wait for a worker, their responsible team.
     */
    private Map<UUID, LeadersFootprint> footprintByTeam(Set<UUID> teamIds, LocalDate today, int weeks) {
        Map<UUID, LeadersFootprint> every = facts.get(List.of("footprint", today, weeks), () -> footprintOfEveryTeam(today, weeks));
        Map<UUID, LeadersFootprint> result = new HashMap<>();
        teamIds.forEach(team -> {
            LeadersFootprint f = every.get(team);
            if (f != null) result.put(team, f);
        });
        return result;
    }

    private Map<UUID, LeadersFootprint> footprintOfEveryTeam(LocalDate today, int weeks) {
        LocalDate since = today.minusWeeks(weeks);
        Map<UUID, UUID> teamOf = openEpisodeTeams(today);
        Set<UUID> withEntry = childrenWithEntrySince(since);
        Map<UUID, int[]> counts = new HashMap<>();
        teamOf.forEach((child, team) -> {
            int[] c = counts.computeIfAbsent(team, t -> new int[2]);
            c[0]++;
            if (withEntry.contains(child)) c[1]++;
        });
        Map<UUID, LeadersFootprint> result = new HashMap<>();
        counts.forEach((team, c) -> result.put(team, new LeadersFootprint(since, c[0], c[1])));
        return result;
    }

    /** Each child with a CIN episode open today and the team they count in, for the whole authority. */
    private Map<UUID, UUID> openEpisodeTeams(LocalDate today) {
        Set<UUID> open = cinEpisodes.openEpisodeStarts(today).keySet();
        Map<UUID, UUID> allocatedTeam = caseloads.currentTeams();
        Map<UUID, UUID> teamOf = new HashMap<>();
        List<UUID> waiting = new ArrayList<>();
        for (UUID child : open) {
            UUID team = allocatedTeam.get(child);
            if (team != null) teamOf.put(child, team);
            else waiting.add(child);
        }
        persons.findAll(waiting).forEach((child, p) -> {
            if (p.facts().responsibleTeamId() != null) teamOf.put(child, p.facts().responsibleTeamId());
        });
        return teamOf;
    }

    /** The children discussed in supervision or given management oversight since the day. */
    private Set<UUID> childrenWithEntrySince(LocalDate since) {
        Set<UUID> withEntry = new HashSet<>(supervisions.childrenDiscussedSince(since));
        withEntry.addAll(oversight.childrenWithOversightSince(since.atStartOfDay(clock.getZone()).toInstant()));
        return withEntry;
    }

    /** The teams the user may see the workforce figures of, by id. */
    Map<UUID, WorkforceRepository.Team> visibleTeams(SignedInUser user) {
        Map<UUID, WorkforceRepository.Team> all = workforce.teams().stream()
                .collect(Collectors.toMap(WorkforceRepository.Team::id, t -> t, (a, b) -> a, LinkedHashMap::new));
        return switch (user.role()) {
            case ADMINISTRATOR, PERFORMANCE_ANALYST, INSPECTOR -> all;
            case HEAD_OF_SERVICE -> filter(all, t -> user.service() != null && user.service().equals(t.service()));
            default -> filter(all, t -> t.id().equals(user.teamId()));
        };
    }

    private static Map<UUID, WorkforceRepository.Team> filter(Map<UUID, WorkforceRepository.Team> teams,
                                                              java.util.function.Predicate<WorkforceRepository.Team> keep) {
        Map<UUID, WorkforceRepository.Team> result = new LinkedHashMap<>();
        teams.forEach((id, t) -> {
            if (keep.test(t)) result.put(id, t);
        });
        return result;
    }

    SignedInUser user(Set<Role> roles) {
        return access.currentUser().filter(u -> roles.contains(u.role()) && !u.expiredOn(today()))
                .orElseThrow(() -> new NotPermittedException("You may not see the workforce's caseloads"));
    }

    // --- the settings ---

    @Transactional(readOnly = true)
    CaseloadSettings settingsForEditing() {
        user(Set.of(Role.ADMINISTRATOR));
        return caseloads.settings();
    }

    /**
     * Saves the settings the administrator typed.
     *
     * @throws uk.opencsc.platform.validation.RefusedException naming the field
     * @throws ChangedMeanwhileException                      when another administrator saved since {@code version}
     */
    @Transactional
    void saveSettings(CaseWeighting weighting, CaseloadThreshold threshold, SupervisionDue supervision, int version) {
        user(Set.of(Role.ADMINISTRATOR));
        CaseloadSettings before = caseloads.settings();
        if (before.version() != version || !caseloads.updateSettings(weighting, threshold, supervision, version, actor())) {
            CaseloadSettings now = caseloads.settings();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            diff(changes, CaseWeighting.field(type), before.weighting().weightOf(type), weighting.weightOf(type));
        }
        diff(changes, "caseloadThreshold", before.threshold().limit(), threshold.limit());
        diff(changes, "supervisionWeeks", before.supervision().weeks(), supervision.weeks());
        diff(changes, "newlyQualifiedSupervisionWeeks", before.supervision().newlyQualifiedWeeks(), supervision.newlyQualifiedWeeks());
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged("workforce-setting", "caseloads-and-supervision", null, changes));
        }
    }

    private static void diff(List<FieldChange> changes, String field, Object old, Object now) {
        boolean same = old instanceof BigDecimal a && now instanceof BigDecimal b ? a.compareTo(b) == 0 : java.util.Objects.equals(old, now);
        if (!same) {
            changes.add(new FieldChange(field, old == null ? null : plain(old), now == null ? null : plain(now)));
        }
    }

    private static String plain(Object o) {
        return o instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : o.toString();
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }

    /** @throws NotFoundException when there is no such worker */
    WorkforceRepository.Worker worker(UUID userId) {
        return workforce.worker(userId).orElseThrow(() -> new NotFoundException("No worker " + userId));
    }
}
