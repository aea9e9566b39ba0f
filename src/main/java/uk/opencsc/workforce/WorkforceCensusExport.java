package uk.opencsc.workforce;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.Role;
import uk.opencsc.audit.ExportPerformed;
import uk.opencsc.platform.validation.InvalidValueException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The workforce census return for a year, for performance analysts and administrators (the page) and the
 * {@code export workforce-census} command. Every file made is audited as an export.
 */
@Service
class WorkforceCensusExport {

    static final Set<Role> EXPORTERS = Set.of(Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR);
    /** The first census collected worker by worker was the year ending 30 September 2017. */
    static final int FIRST_YEAR = 2017;

    private final CensusRepository census;
    private final WorkerRecords workers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String laCode;

    WorkforceCensusExport(CensusRepository census, WorkerRecords workers, ApplicationEventPublisher events, Optional<Clock> clock,
                          @Value("${opencsc.local-authority.dfe-code}") String laCode) {
        this.census = census;
        this.workers = workers;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.laCode = laCode;
    }

    /** The last census year that has ended by today (before 30 September, last year's). */
    int latestYear() {
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(LocalDate.of(today.getYear(), 9, 30)) ? today.getYear() : today.getYear() - 1;
    }

    /**
     * The year's return as the signed-in user sees it on the page (not a file: not audited as an export).
     *
     * @throws uk.opencsc.platform.web.NotPermittedException unless the user is an analyst or administrator
     */
    @Transactional(readOnly = true)
    WorkforceCensus.Return preview(int year) {
        workers.user(EXPORTERS);
        return build(year);
    }

    /** The year's return as XML for the signed-in analyst or administrator, audited (so not read-only: the audit row is written with it). */
    @Transactional
    String exportForCurrentUser(int year) {
        workers.user(EXPORTERS);
        return export(year);
    }

    /** The year's return as XML for the command line (run by whoever runs the jar on the server), audited. */
    @Transactional
    String exportForCommandLine(int year) {
        return export(year);
    }

    private String export(int year) {
        WorkforceCensus.Return r = build(year);
        events.publishEvent(new ExportPerformed("workforce-census", Map.of("year", String.valueOf(year)), r.workers().size()));
        return CensusXml.write(r);
    }

    /** @throws InvalidValueException naming "year" for a year before the census or not yet ended */
    WorkforceCensus.Return build(int year) {
        if (year < FIRST_YEAR || year > latestYear() + 1) {
            throw new InvalidValueException("year", "Census year must be from " + FIRST_YEAR + " to " + (latestYear() + 1)
                    + " (the year ending 30 September)");
        }
        WorkforceCensus.CensusYear censusYear = new WorkforceCensus.CensusYear(year);
        LocalDate day = censusYear.censusDate();
        Map<UUID, CensusDetails> details = census.allDetails().stream().collect(Collectors.toMap(CensusDetails::userId, d -> d));
        Map<UUID, List<Absence>> absences = census.absencesBetween(censusYear.firstDay(), day);
        Map<UUID, Integer> cases = census.casesOn(day);
        Map<UUID, UUID> teams = census.teamsOn(day);
        List<WorkforceCensus.WorkerFacts> facts = census.employedWorkers().stream()
                .map(w -> new WorkforceCensus.WorkerFacts(w.userId(), w.role(), w.employment(), details.get(w.userId()),
                        absences.getOrDefault(w.userId(), List.of()), cases.getOrDefault(w.userId(), 0), teams.get(w.userId())))
                .toList();
        return WorkforceCensus.build(censusYear, laCode, clock.instant(), facts, census.fundedOn(day));
    }
}
