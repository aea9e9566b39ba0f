package uk.opencsc.workforce;

import uk.opencsc.access.Role;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The DfE children's social work workforce census (CSWW) for one year, from the workforce's records: which workers it
 * counts and each item of theirs, and the authority's vacancies and agency workers on the census date.
 * <p>
 * The census year ending 30 September Y covers 1 October Y-1 to 30 September Y; 30 September is the census date.
 * It counts every registered social worker (a Social Work England number) employed or engaged at any time in that
 * year: those in post on the census date, starters and leavers, permanent and agency.
 */
final class WorkforceCensus {

    private WorkforceCensus() {
    }

    /** The census year ending 30 September {@code year}. */
    record CensusYear(int year) {
        LocalDate censusDate() {
            return LocalDate.of(year, 9, 30);
        }

        LocalDate firstDay() {
            return LocalDate.of(year - 1, 10, 1);
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(firstDay()) && !day.isAfter(censusDate());
        }
    }

    /**
     * What the records hold about one worker for the census.
     *
     * @param casesOnCensusDate the children allocated to them on the census date (allocations from, inclusive, to, exclusive)
     * @param teamOnCensusDate  their team on the census date by their team history; null when none
     */
    record WorkerFacts(UUID userId, Role role, WorkerEmployment employment, CensusDetails details, List<Absence> absences,
                       int casesOnCensusDate, UUID teamOnCensusDate) {
    }

    /** The census's LA-level items: FTE vacancies, and the agency workers (FTE and headcount) on the census date. */
    record Vacancies(BigDecimal numberOfVacancies, BigDecimal agencyFte, int agencyHeadcount) {
    }

    /**
     * One worker's items, in the census's order; null where the census omits the item (not known, or not asked of
     * this worker).
     */
    record WorkerItems(boolean agencyWorker, String sweNo, BigDecimal fte, LocalDate bornOn, WorkerGender gender, WorkerEthnicity ethnicity,
                       String qualificationInstitution, QualificationLevel qualificationLevel, Boolean stepUpGraduate, OrgRole orgRole,
                       LocalDate roleStartDate, StartOrigin startOrigin, LocalDate roleEndDate, LeaverDestination leaverDestination,
                       String reasonLeave, BigDecimal fteOnCensusDate, Integer casesOnCensusDate, BigDecimal workingDaysLost,
                       BigDecimal contractWeeks, Boolean frontlineGraduate, Boolean absentOnCensusDate, AbsenceReason absenceReason,
                       KssStatus kssStatus) {

        boolean inPostOnCensusDate() {
            return fteOnCensusDate != null;
        }
    }

    /** The whole return. */
    record Return(CensusYear year, String laCode, Instant generatedAt, Vacancies vacancies, List<WorkerItems> workers) {
    }

    /** The figures a reader checks before sending the return. */
    record Summary(int headcount, BigDecimal fte, int agencyHeadcount, BigDecimal agencyFte, int starters, int leavers,
                   BigDecimal vacancies, BigDecimal sicknessDaysLost, int casesOnCensusDate, int workers) {
    }

    /** Employed or engaged at some time in the year, and a registered social worker (the census identifies workers by their SWE number). */
    static boolean counted(WorkerEmployment e, CensusYear year) {
        return e != null && e.registrationNumber() != null && !e.startedOn().isAfter(year.censusDate())
                && (e.leftOn() == null || !e.leftOn().isBefore(year.firstDay()));
    }

    /** In post on the census date: started by then and had not left before it (the leaving date is the last day worked). */
    static boolean inPost(WorkerEmployment e, LocalDate day) {
        return !e.startedOn().isAfter(day) && (e.leftOn() == null || !e.leftOn().isBefore(day));
    }

    /**
     * @param workers        every worker with employment; those the census does not count are left out here
     * @param fundedFteByTeam each team's funded posts on the census date (teams without a record are not in it)
     */
    static Return build(CensusYear year, String laCode, Instant generatedAt, List<WorkerFacts> workers, Map<UUID, BigDecimal> fundedFteByTeam) {
        LocalDate day = year.censusDate();
        List<WorkerFacts> counted = workers.stream().filter(w -> counted(w.employment(), year)).toList();
        Map<UUID, BigDecimal> permanentFteByTeam = new HashMap<>();
        BigDecimal agencyFte = BigDecimal.ZERO;
        int agencyHeadcount = 0;
        for (WorkerFacts w : counted) {
            if (!inPost(w.employment(), day)) continue;
            if (w.employment().employment() == Employment.AGENCY) {
                agencyFte = agencyFte.add(w.employment().fte());
                agencyHeadcount++;
            } else if (w.teamOnCensusDate() != null) {
                permanentFteByTeam.merge(w.teamOnCensusDate(), w.employment().fte(), BigDecimal::add);
            }
        }
        // a vacancy is a funded post no permanent worker fills, whether or not an agency worker covers it; a team
        // with more permanent staff than funded posts has no vacancies (its surplus fills no other team's posts)
        BigDecimal vacancies = fundedFteByTeam.entrySet().stream()
                .map(t -> t.getValue().subtract(permanentFteByTeam.getOrDefault(t.getKey(), BigDecimal.ZERO)).max(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<WorkerItems> items = counted.stream().map(w -> items(w, year))
                .sorted(Comparator.comparing(WorkerItems::sweNo)).toList();
        return new Return(year, laCode, generatedAt, new Vacancies(twoPlaces(vacancies), twoPlaces(agencyFte), agencyHeadcount), items);
    }

    static WorkerItems items(WorkerFacts w, CensusYear year) {
        WorkerEmployment e = w.employment();
        CensusDetails d = w.details() == null ? CensusDetails.none(w.userId()) : w.details();
        LocalDate day = year.censusDate();
        boolean agency = e.employment() == Employment.AGENCY;
        boolean inPost = inPost(e, day);
        boolean leftInYear = e.leftOn() != null && year.contains(e.leftOn());
        Absence onCensusDate = inPost ? w.absences().stream().filter(a -> a.covers(day))
                .min(Comparator.comparing(Absence::firstDay)).orElse(null) : null;
        BigDecimal sickness = w.absences().stream()
                .filter(a -> a.reason() == AbsenceReason.SICKNESS && year.contains(a.firstDay()))
                .map(Absence::workingDaysLost).reduce(BigDecimal.ZERO, BigDecimal::add);
        Integer cases = inPost ? w.casesOnCensusDate() : null;
        return new WorkerItems(agency, sweNo(e.registrationNumber()), sixPlaces(e.fte()), d.bornOn(), d.gender(), d.ethnicity(),
                d.qualificationInstitution(), d.qualificationLevel(), d.stepUpGraduate(),
                d.orgRole() != null ? d.orgRole() : orgRoleOf(w.role(), cases),
                e.startedOn(), d.startOrigin(),
                leftInYear ? e.leftOn() : null, leftInYear ? d.leaverDestination() : null,
                leftInYear ? reasonLeave(e.leavingReason()) : null,
                inPost ? sixPlaces(e.fte()) : null, cases,
                // the authority records its own employees' sickness; an agency's workers' sickness is the agency's
                agency ? null : twoPlaces(sickness),
                agency ? contractWeeks(e, year) : null,
                d.frontlineGraduate(), inPost ? onCensusDate != null : null, onCensusDate == null ? null : onCensusDate.reason(),
                d.kssStatus());
    }

    /**
     * The census's SWE number is two letters and ten digits; Social Work England's register prints fewer digits
     * (SW12345), so the digits are padded with leading zeros (SW0000012345).
     */
    static String sweNo(RegistrationNumber number) {
        String digits = number.value().substring(2);
        return "SW" + "0".repeat(Math.max(0, 10 - digits.length())) + digits;
    }

    /**
     * The census's reason for leaving from OpenCSC's: where OpenCSC's reason does not say which census reason it is
     * (a redundancy, voluntary or compulsory), "not known" (9) rather than a guess.
     */
    static String reasonLeave(LeavingReason reason) {
        if (reason == null) return "10";
        return switch (reason) {
            case RESIGNED -> "1";
            case DISMISSED -> "4";
            case RETIRED -> "5";
            case REDUNDANCY -> "9";
            case END_OF_CONTRACT, CAREER_BREAK, OTHER -> "8";
        };
    }

    /** When the census role was not recorded: a manager's from their role, a social worker a case holder if they hold cases. */
    static OrgRole orgRoleOf(Role role, Integer cases) {
        return switch (role) {
            case HEAD_OF_SERVICE -> OrgRole.MIDDLE_MANAGER;
            case TEAM_MANAGER -> OrgRole.FIRST_LINE_MANAGER;
            case SOCIAL_WORKER, PERSONAL_ADVISER -> cases == null || cases > 0 ? OrgRole.CASE_HOLDER : OrgRole.QUALIFIED_WITHOUT_CASES;
            case INDEPENDENT_REVIEWING_OFFICER -> OrgRole.QUALIFIED_WITHOUT_CASES;
            default -> null;
        };
    }

    /** An agency worker's weeks engaged within the year: from the later of their start and 1 October to the earlier of their leaving and the census date. */
    static BigDecimal contractWeeks(WorkerEmployment e, CensusYear year) {
        LocalDate from = e.startedOn().isAfter(year.firstDay()) ? e.startedOn() : year.firstDay();
        LocalDate to = e.leftOn() != null && e.leftOn().isBefore(year.censusDate()) ? e.leftOn() : year.censusDate();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
    }

    static Summary summary(Return r) {
        List<WorkerItems> inPost = r.workers().stream().filter(WorkerItems::inPostOnCensusDate).toList();
        List<WorkerItems> permanent = inPost.stream().filter(w -> !w.agencyWorker()).toList();
        return new Summary(permanent.size(), twoPlaces(permanent.stream().map(WorkerItems::fteOnCensusDate).reduce(BigDecimal.ZERO, BigDecimal::add)),
                r.vacancies().agencyHeadcount(), r.vacancies().agencyFte(),
                (int) r.workers().stream().filter(w -> r.year().contains(w.roleStartDate())).count(),
                (int) r.workers().stream().filter(w -> w.roleEndDate() != null).count(),
                r.vacancies().numberOfVacancies(),
                twoPlaces(r.workers().stream().map(WorkerItems::workingDaysLost).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)),
                inPost.stream().mapToInt(w -> w.casesOnCensusDate() == null ? 0 : w.casesOnCensusDate()).sum(),
                r.workers().size());
    }

    private static BigDecimal twoPlaces(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sixPlaces(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP);
    }
}
