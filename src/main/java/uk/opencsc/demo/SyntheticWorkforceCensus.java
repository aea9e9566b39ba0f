package uk.opencsc.demo;

import uk.opencsc.workforce.AbsenceReason;
import uk.opencsc.workforce.Employment;
import uk.opencsc.workforce.KssStatus;
import uk.opencsc.workforce.LeaverDestination;
import uk.opencsc.workforce.LeavingReason;
import uk.opencsc.workforce.QualificationLevel;
import uk.opencsc.workforce.StartOrigin;
import uk.opencsc.workforce.WorkerEthnicity;
import uk.opencsc.workforce.WorkerGender;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricWorker;
import uk.opencsc.workforce.WorkforceCensusBulkLoad.FormerWorker;
import uk.opencsc.workforce.WorkforceCensusBulkLoad.TeamFunding;
import uk.opencsc.workforce.WorkforceCensusBulkLoad.WorkerAbsence;
import uk.opencsc.workforce.WorkforceCensusBulkLoad.WorkerDetails;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * What the workforce census needs of the synthetic authority, deterministic from the seed:
 * <ul>
 *   <li>leavers: about 15% of the social workers in post left in the last year (a city's turnover), each a former
 *       user whose access expired when they left, a quarter of them agency workers whose contract ended;</li>
 *   <li>census details for every employed worker: date of birth (qualified at 21 to 35), gender (about 85% women, as
 *       in the national workforce), ethnicity, institution, level, Step Up and Frontline graduates, where they came from;</li>
 *   <li>absences over the last year: about 40% of employees had one to three short sicknesses, a few a long one (on
 *       average a few working days a worker); some training; a few on maternity leave today;</li>
 *   <li>each team's funded posts from two years ago: its workers' FTE today plus a vacancy or two, so the vacancies
 *       on a census date are about the agency workers covering them and a few uncovered.</li>
 * </ul>
 */
final class SyntheticWorkforceCensus {

    static final double TURNOVER = 0.15;
    static final double LEAVERS_AGENCY = 0.25;

    private static final List<String> FIRST = List.of("Amira", "Bethany", "Chloe", "Daniel", "Esther", "Farah", "Grace", "Hannah", "Imran",
            "Joanne", "Kerry", "Lauren", "Michelle", "Nadia", "Olivia", "Priya", "Rachel", "Sophie", "Tariq", "Zainab");
    private static final List<String> LAST = List.of("Ahmed", "Brennan", "Clarke", "Dixon", "Evans", "Fletcher", "Green", "Hussain", "Iqbal",
            "Jones", "Khan", "Lowe", "Mensah", "Nolan", "Okafor", "Patel", "Quinn", "Roberts", "Shaw", "Walsh");
    private static final List<String> INSTITUTIONS = List.of("University of Northmoor", "Manchester Metropolitan University",
            "University of Salford", "University of Central Lancashire", "Open University", "University of Leeds", "Lancaster University");
    private static final Weighted<WorkerEthnicity> ETHNICITY = Weighted.of(WorkerEthnicity.WBRI, 62.0, WorkerEthnicity.WOTH, 4.0,
            WorkerEthnicity.WIRI, 1.0, WorkerEthnicity.MWBC, 2.0, WorkerEthnicity.MOTH, 1.5, WorkerEthnicity.AIND, 2.0, WorkerEthnicity.APKN, 5.0,
            WorkerEthnicity.ABAN, 1.5, WorkerEthnicity.AOTH, 1.0, WorkerEthnicity.BAFR, 9.0, WorkerEthnicity.BCRB, 3.0, WorkerEthnicity.BOTH, 1.0,
            WorkerEthnicity.CHNE, 0.5, WorkerEthnicity.OOTH, 1.5, WorkerEthnicity.REFU, 2.0, WorkerEthnicity.NOBT, 3.0);
    private static final Weighted<StartOrigin> ORIGIN = Weighted.of(StartOrigin.NEWLY_QUALIFIED, 30.0, StartOrigin.OTHER_LA_ENGLAND, 30.0,
            StartOrigin.AGENCY, 15.0, StartOrigin.NON_LA_SOCIAL_WORK, 8.0, StartOrigin.OTHER_SOCIAL_CARE, 7.0, StartOrigin.OUTSIDE_ENGLAND, 3.0,
            StartOrigin.OTHER, 2.0, StartOrigin.NOT_KNOWN, 5.0);
    private static final Weighted<LeavingReason> REASON = Weighted.of(LeavingReason.RESIGNED, 70.0, LeavingReason.RETIRED, 12.0,
            LeavingReason.CAREER_BREAK, 6.0, LeavingReason.DISMISSED, 2.0, LeavingReason.REDUNDANCY, 2.0, LeavingReason.OTHER, 8.0);
    private static final Weighted<LeaverDestination> DESTINATION = Weighted.of(LeaverDestination.OTHER_LA_ENGLAND, 35.0, LeaverDestination.AGENCY,
            20.0, LeaverDestination.NON_LA_SOCIAL_WORK, 10.0, LeaverDestination.OTHER_SOCIAL_CARE, 8.0, LeaverDestination.NON_SOCIAL_CARE, 12.0,
            LeaverDestination.NOT_KNOWN, 15.0);

    private SyntheticWorkforceCensus() {
    }

    /** A social worker who left in the last year: a user to create, then their employment. */
    record Leaver(String username, String displayName, String team, String service, BigDecimal fte, Employment employment, LocalDate startedOn,
                  LocalDate leftOn, LeavingReason reason, String registrationNumber) {
    }

    record Result(List<Leaver> leavers, List<WorkerAbsence> absences, List<TeamFunding> funding) {

        List<FormerWorker> formerWorkers(Map<String, UUID> ids, Map<String, UUID> teamIds) {
            return leavers.stream().map(l -> new FormerWorker(ids.get(l.username()), l.registrationNumber(), l.fte(), l.employment(), l.startedOn(),
                    l.leftOn(), l.reason(), teamIds.get(l.team()))).toList();
        }
    }

    static Result generate(DemoSpecification spec, WorkforcePlan plan, List<HistoricWorker> workers, Map<String, UUID> userIds,
                           Map<String, UUID> teamIds) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0xC5111L);
        LocalDate today = spec.today();
        // the leavers, spread over the teams of social workers
        List<WorkforcePlan.Team> teams = plan.teams().stream().filter(t -> plan.users().stream()
                .anyMatch(u -> t.name().equals(u.team()) && u.role() == uk.opencsc.access.Role.SOCIAL_WORKER)).toList();
        long socialWorkers = plan.users().stream().filter(u -> u.role() == uk.opencsc.access.Role.SOCIAL_WORKER).count();
        List<Leaver> leavers = new ArrayList<>();
        for (int i = 0; i < Math.round(socialWorkers * TURNOVER) && !teams.isEmpty(); i++) {
            WorkforcePlan.Team team = teams.get(random.nextInt(teams.size()));
            boolean agency = random.nextDouble() < LEAVERS_AGENCY;
            LocalDate left = today.minusDays(1 + random.nextInt(364));
            LocalDate started = left.minusDays(agency ? 60 + random.nextInt(400) : 180 + random.nextInt(3000));
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            leavers.add(new Leaver("former." + (i + 1), first + " " + last, team.name(), team.service(),
                    new BigDecimal(random.nextDouble() < 0.85 ? "1.00" : "0.80"), agency ? Employment.AGENCY : Employment.PERMANENT, started, left,
                    agency ? LeavingReason.END_OF_CONTRACT : REASON.pick(random), "SW" + (200_000 + i)));
        }
        List<WorkerAbsence> absences = new ArrayList<>();
        for (HistoricWorker w : workers) {
            if (w.employment() == Employment.AGENCY) continue;
            LocalDate from = w.startedOn().isAfter(today.minusYears(1)) ? w.startedOn() : today.minusYears(1);
            long span = today.toEpochDay() - from.toEpochDay();
            if (span < 10) continue;
            if (random.nextDouble() < 0.40) {
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    LocalDate first = from.plusDays(random.nextInt((int) span - 5));
                    int days = 1 + random.nextInt(random.nextDouble() < 0.05 ? 30 : 4);
                    absences.add(new WorkerAbsence(w.userId(), AbsenceReason.SICKNESS, first, first.plusDays(days + days / 5 * 2 - 1),
                            BigDecimal.valueOf(days).multiply(w.fte()).setScale(2, RoundingMode.HALF_UP)));
                }
            }
            if (random.nextDouble() < 0.25) {
                LocalDate day = from.plusDays(random.nextInt((int) span));
                absences.add(new WorkerAbsence(w.userId(), AbsenceReason.TRAINING, day, day.plusDays(1), new BigDecimal("2.00")));
            }
            if (random.nextDouble() < 0.02) {
                LocalDate first = today.minusDays(random.nextInt(180));
                absences.add(new WorkerAbsence(w.userId(), AbsenceReason.MATERNITY_PATERNITY, first, null,
                        BigDecimal.valueOf(calendarWorkingDays(first, today))));
            }
        }
        // funded posts: each team's workers today, plus up to two posts no one fills
        Map<String, BigDecimal> fte = new HashMap<>();
        Map<UUID, BigDecimal> byUser = new HashMap<>();
        workers.forEach(w -> byUser.put(w.userId(), w.fte()));
        for (WorkforcePlan.User u : plan.users()) {
            if (u.team() != null && (u.role() == uk.opencsc.access.Role.SOCIAL_WORKER || u.role() == uk.opencsc.access.Role.PERSONAL_ADVISER)
                    && byUser.containsKey(userIds.get(u.username()))) {
                fte.merge(u.team(), byUser.get(userIds.get(u.username())), BigDecimal::add);
            }
        }
        List<TeamFunding> funding = new ArrayList<>();
        for (WorkforcePlan.Team t : plan.teams()) {
            if (!fte.containsKey(t.name())) continue;
            BigDecimal extra = BigDecimal.valueOf(random.nextInt(5)).multiply(new BigDecimal("0.5"));
            funding.add(new TeamFunding(teamIds.get(t.name()), today.minusYears(2).withDayOfMonth(1), fte.get(t.name()).add(extra)));
        }
        return new Result(leavers, absences, funding);
    }

    /** Census details for every employed worker and leaver, by user id. */
    static List<WorkerDetails> details(DemoSpecification spec, List<HistoricWorker> workers, Result result, Map<String, UUID> leaverIds) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0xD37A11L);
        List<WorkerDetails> details = new ArrayList<>();
        for (HistoricWorker w : workers) {
            LocalDate qualified = w.qualifiedOn() == null ? w.startedOn() : w.qualifiedOn();
            details.add(detailsOf(random, w.userId(), qualified, null, w.qualifiedOn() != null && !w.qualifiedOn().isBefore(spec.today().minusYears(1))));
        }
        for (Leaver l : result.leavers()) {
            details.add(detailsOf(random, leaverIds.get(l.username()), l.startedOn().minusYears(random.nextInt(10)), DESTINATION.pick(random), false));
        }
        return details;
    }

    private static WorkerDetails detailsOf(SplittableRandom random, UUID userId, LocalDate qualified, LeaverDestination destination, boolean asye) {
        double g = random.nextDouble();
        WorkerGender gender = g < 0.85 ? WorkerGender.FEMALE : g < 0.99 ? WorkerGender.MALE : WorkerGender.NOT_SPECIFIED;
        LocalDate born = qualified.minusYears(21 + random.nextInt(15)).minusDays(random.nextInt(365));
        double q = random.nextDouble();
        QualificationLevel level = q < 0.6 ? QualificationLevel.UNDERGRADUATE : q < 0.95 ? QualificationLevel.POSTGRADUATE : QualificationLevel.OTHER;
        boolean frontline = level == QualificationLevel.POSTGRADUATE && random.nextDouble() < 0.2;
        boolean stepUp = !frontline && level == QualificationLevel.POSTGRADUATE && random.nextDouble() < 0.1;
        return new WorkerDetails(userId, born, gender, ETHNICITY.pick(random), INSTITUTIONS.get(random.nextInt(INSTITUTIONS.size())), level, stepUp,
                frontline, asye ? StartOrigin.NEWLY_QUALIFIED : ORIGIN.pick(random), destination, asye ? KssStatus.ASYE : KssStatus.PRACTITIONER);
    }

    /** Weekdays from {@code first} to {@code last} inclusive (bank holidays aside: a maternity leave's days are an estimate). */
    private static long calendarWorkingDays(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    }
}
