package uk.opencsc.returns;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.returns.cin.CinCensusExport;
import uk.opencsc.returns.cin.rules.Failure;
import uk.opencsc.returns.cin.rules.Severity;

/**
 * The analyst's CIN census runs: export and validate a year from the page, see what the rules found, download the
 * file that was validated. The last run of each year is kept in memory (a few megabytes for a large authority) until
 * the next run or a restart, so the download is exactly the file the report describes.
 */
@Service
class CinCensusRuns {

    static final Set<Role> ANALYSTS = Set.of(Role.PERFORMANCE_ANALYST, Role.ADMINISTRATOR);

    private final CinCensusExport export;
    private final RecordAccess access;
    private final Clock clock;
    private final Map<Integer, CensusRun> lastRuns = new ConcurrentHashMap<>();

    CinCensusRuns(CinCensusExport export, RecordAccess access, Optional<Clock> clock) {
        this.export = export;
        this.access = access;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** One run: who ran it and when, the file, and what the rules found. */
    record CensusRun(int year, Instant ranAt, String ranBy, byte[] xml, CinCensusExport.Result result) {

        /** Failures counted by rule, errors first, then by code. */
        List<RuleCount> rules() {
            Map<String, RuleCount> counts = new LinkedHashMap<>();
            for (Failure f : result.report().failures()) {
                counts.merge(f.code(), new RuleCount(f.code(), f.severity(), f.message(), 1),
                        (a, b) -> new RuleCount(a.code(), a.severity(), a.message(), a.count() + 1));
            }
            return counts.values().stream()
                    .sorted(Comparator.comparing(RuleCount::severity).thenComparing(RuleCount::code)).toList();
        }

        List<Failure> failuresOf(String code) {
            return result.report().failures().stream().filter(f -> f.code().equals(code)).toList();
        }

        /** The record a failure's child came from, or null for a failure of the return as a whole. */
        UUID personOf(Failure failure) {
            return failure.child() == null ? null : result.personIds().get(failure.child());
        }
    }

    record RuleCount(String code, Severity severity, String message, long count) {
    }

    /** The years an analyst may choose, latest first; the default is the last year that has ended. */
    List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(CinCensusExport.FIRST_YEAR, export.latestYear()).boxed()
                .sorted(Comparator.reverseOrder()).toList();
    }

    int lastEndedYear() {
        return export.latestYear() - 1;
    }

    /** @throws NotPermittedException unless a performance analyst or an administrator */
    Optional<CensusRun> lastRun(int year) {
        analyst();
        return Optional.ofNullable(lastRuns.get(year));
    }

    /**
     * Exports and validates the year's census and keeps it as the year's last run. Not audited: nothing leaves
     * OpenCSC until the file is downloaded.
     *
     * @throws uk.opencsc.platform.validation.InvalidValueException naming "year" for a year outside the census
     */
    CensusRun run(int year) {
        SignedInUser user = analyst();
        ByteArrayOutputStream xml = new ByteArrayOutputStream(1 << 20);
        CinCensusExport.Result result = export.write(year, xml, written -> { });
        CensusRun run = new CensusRun(year, clock.instant(), user.displayName() == null ? user.username() : user.displayName(),
                xml.toByteArray(), result);
        keep(run);
        return run;
    }

    /** Keeps the run as its year's last (replacing the one before). */
    void keep(CensusRun run) {
        lastRuns.put(run.year(), run);
    }

    /** The file of the year's last run, audited as an export (the audit row is written with it). */
    @Transactional
    CensusRun download(int year) {
        analyst();
        CensusRun run = Optional.ofNullable(lastRuns.get(year))
                .filter(r -> r.result().children() > 0)
                .orElseThrow(() -> new NotFoundException("The " + year + " census has not been run since OpenCSC started, or holds no children"));
        export.audit(year, run.result().children());
        return run;
    }

    private SignedInUser analyst() {
        return access.currentUser().filter(u -> ANALYSTS.contains(u.role()) && !u.expiredOn(LocalDate.now(clock)))
                .orElseThrow(() -> new NotPermittedException("Only performance analysts and administrators make the CIN census"));
    }
}
