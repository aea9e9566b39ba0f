package uk.opencsc.demo;

import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.care.HistoricPeriodOfCare;
import uk.opencsc.care.LegalStatus;
import uk.opencsc.care.Placement;
import uk.opencsc.care.PlacementProvider;
import uk.opencsc.care.PlacementType;
import uk.opencsc.care.ReasonEpisodeCeased;
import uk.opencsc.care.ReasonPlacementChanged;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.Postcode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic authority's children in care: about 1,400 looked after children at a large city's scale of 60,000
 * persons (Birmingham and Manchester each look after roughly 1,400 to 2,000; DfE "Children looked after in England"
 * 2024: ~83,600 in England, 70 per 10,000 children), chosen among the children the children in care teams hold,
 * those with a child protection history first, plus the young people of the leaving care teams aged 18 to 21 who
 * left care on their 18th birthday. Each period starts with section 20 accommodation, an interim care order or police
 * protection; interim orders become full care orders a few months later; some children move placement once or twice,
 * and children looked after for years are matched long term with their foster carers (T, intended to last until 18).
 * Reviews, visits, health assessments and dental checks are recorded on time for most, late or not yet for some, so
 * the trays show overdue work. Deterministic for a seed.
 */
final class SyntheticCare {

    static final int LOOKED_AFTER_AT_60000 = 1_400;

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final Weighted<PrimaryNeed> NEED = Weighted.of(PrimaryNeed.N1, 62, PrimaryNeed.N4, 8, PrimaryNeed.N5, 14,
            PrimaryNeed.N2, 4, PrimaryNeed.N6, 3, PrimaryNeed.N8, 9);
    private static final Weighted<ReasonPlacementChanged> MOVE = Weighted.of(ReasonPlacementChanged.CARPL, 40,
            ReasonPlacementChanged.CREQB, 20, ReasonPlacementChanged.CREQO, 10, ReasonPlacementChanged.CHILD, 10,
            ReasonPlacementChanged.CLOSE, 10, ReasonPlacementChanged.OTHER, 10);
    private static final Weighted<ReasonEpisodeCeased> LEFT_AT_18 = Weighted.of(ReasonEpisodeCeased.E5, 40, ReasonEpisodeCeased.E17, 20,
            ReasonEpisodeCeased.E6, 15, ReasonEpisodeCeased.E8, 25);

    /** A child the loader knows: who, born when, held by which team, and whether unaccompanied. */
    record Child(UUID id, LocalDate born, String team, boolean uasc, String homePostcode) {
    }

    private SyntheticCare() {
    }

    /**
     * @param inCare        children held by the children in care teams
     * @param careLeavers   young people held by the leaving care teams
     * @param protectionHistory children with a section 47 enquiry on the record: looked after first
     * @param workerNames   the children in care teams' social workers, who visit
     * @param iroNames      the independent reviewing officers, who chair reviews
     */
    static List<HistoricPeriodOfCare> generate(DemoSpecification spec, List<Child> inCare, List<Child> careLeavers,
                                               Set<UUID> protectionHistory, List<String> workerNames, List<String> iroNames,
                                               WorkingDayCalendar calendar) {
        if (workerNames.isEmpty() || iroNames.isEmpty()) {
            return List.of();
        }
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0xCA4EL);
        LocalDate today = spec.today();
        int wanted = (int) Math.round((double) LOOKED_AFTER_AT_60000 * spec.scale() / 60_000);
        List<Child> candidates = inCare.stream()
                .filter(c -> c.born() != null && c.born().isBefore(today.minusDays(14)) && today.isBefore(c.born().plusYears(18).minusDays(30)))
                .sorted(Comparator.comparing((Child c) -> !protectionHistory.contains(c.id())).thenComparing(Child::id)).toList();
        List<HistoricPeriodOfCare> periods = new ArrayList<>();
        for (Child c : candidates) {
            if (periods.size() >= wanted) break;
            periods.add(lookedAfter(c, random, workerNames, iroNames.get(random.nextInt(iroNames.size())), calendar, today));
        }
        for (Child c : careLeavers) {
            if (c.born() == null) continue;
            LocalDate eighteen = c.born().plusYears(18);
            if (eighteen.isAfter(today.minusDays(1)) || eighteen.isBefore(today.minusYears(3))) continue;
            periods.add(leftAt18(c, random));
        }
        return periods;
    }

    private static HistoricPeriodOfCare lookedAfter(Child c, SplittableRandom random, List<String> workerNames, String iro,
                                                    WorkingDayCalendar calendar, LocalDate today) {
        double r = random.nextDouble();
        int days = r < 0.2 ? 10 + random.nextInt(170) : r < 0.5 ? 180 + random.nextInt(550) : 730 + random.nextInt(1460);
        LocalDate start = today.minusDays(days);
        if (!start.isAfter(c.born())) {
            start = c.born().plusDays(1 + random.nextInt((int) Math.max(1, Math.min(60, today.toEpochDay() - c.born().toEpochDay() - 2))));
        }
        Postcode home = c.homePostcode() == null ? null : Postcode.of(c.homePostcode());
        PrimaryNeed need = c.uasc() ? PrimaryNeed.N8 : NEED.pick(random);
        LegalStatus status = c.uasc() ? LegalStatus.V2 : random.nextDouble() < 0.5 ? LegalStatus.V2
                : random.nextDouble() < 0.85 ? LegalStatus.C1 : LegalStatus.L1;
        List<HistoricPeriodOfCare.Change> episodes = new ArrayList<>();
        Placement placement = firstPlacement(c, start, random);
        episodes.add(new HistoricPeriodOfCare.Change(start, status, need, placement, home, true, null));
        LocalDate cursor = start;
        // police protection lasts days: then accommodation or an interim order
        if (status == LegalStatus.L1 && cursor.plusDays(3).isBefore(today)) {
            cursor = cursor.plusDays(1 + random.nextInt(3));
            status = LegalStatus.C1;
            episodes.add(new HistoricPeriodOfCare.Change(cursor, status, need, placement, home, false, null));
        }
        if (status == LegalStatus.C1 && cursor.plusDays(200).isBefore(today) && random.nextDouble() < 0.85) {
            cursor = cursor.plusDays(120 + random.nextInt(80));
            status = LegalStatus.C2;
            episodes.add(new HistoricPeriodOfCare.Change(cursor, status, need, placement, home, false, null));
        }
        int moves = days < 120 ? 0 : random.nextInt(days < 730 ? 2 : 3);
        for (int m = 0; m < moves; m++) {
            LocalDate on = cursor.plusDays(40 + random.nextInt(200));
            if (!on.isBefore(today.minusDays(3))) break;
            cursor = on;
            placement = new Placement(PlacementType.U6, random.nextBoolean() ? PlacementProvider.PR1 : PlacementProvider.PR4, null,
                    placementPostcode(random), false);
            episodes.add(new HistoricPeriodOfCare.Change(cursor, status, need, placement, home, true, MOVE.pick(random)));
        }
        // looked after for years in foster care: matched long term with the same carers
        if (days > 900 && placement.type() == PlacementType.U6 && status == LegalStatus.C2 && cursor.plusDays(60).isBefore(today)) {
            cursor = cursor.plusDays(30 + random.nextInt((int) Math.min(300, today.toEpochDay() - cursor.toEpochDay() - 30)));
            placement = new Placement(PlacementType.U4, placement.provider(), null, placement.postcode(), true);
            episodes.add(new HistoricPeriodOfCare.Change(cursor, status, need, placement, home, false, ReasonPlacementChanged.PLACE));
        }
        String worker = workerNames.get(random.nextInt(workerNames.size()));
        List<LocalDate> placementStarts = episodes.stream().filter(HistoricPeriodOfCare.Change::carerChanged)
                .map(HistoricPeriodOfCare.Change::startDate).toList();
        boolean behindOnVisits = random.nextInt(8) == 0;
        boolean behindOnReviews = random.nextInt(12) == 0;
        boolean behindOnHealth = random.nextInt(12) == 0;
        boolean behindOnDental = random.nextInt(12) == 0;
        return new HistoricPeriodOfCare(c.id(), c.uasc(), c.uasc() ? c.born().plusYears(18) : null, episodes, null, null,
                reviews(start, behindOnReviews, random, calendar, today), visits(placementStarts, behindOnVisits, worker, random, today),
                healthAssessments(calendar.addWorkingDays(start, WorkingDays.of(10 + random.nextInt(15))), c.born(), behindOnHealth,
                        random, today),
                yearly(start.plusDays(60 + random.nextInt(200)), behindOnDental, random, today), iro);
    }

    private static Placement firstPlacement(Child c, LocalDate start, SplittableRandom random) {
        boolean sixteen = !start.isBefore(c.born().plusYears(16));
        if (c.uasc() && sixteen && PlacementType.K3.validOn(start)) {
            return new Placement(PlacementType.K3, PlacementProvider.PR4, urn(random), placementPostcode(random), false);
        }
        double r = random.nextDouble();
        boolean teenager = !start.isBefore(c.born().plusYears(12));
        if (teenager && r < 0.2) {
            return new Placement(PlacementType.K2, random.nextBoolean() ? PlacementProvider.PR4 : PlacementProvider.PR1, urn(random),
                    placementPostcode(random), false);
        }
        if (r < 0.45) {
            return new Placement(PlacementType.U3, PlacementProvider.PR1, null, placementPostcode(random), false);
        }
        if (r < 0.5) {
            return new Placement(PlacementType.P1, PlacementProvider.PR0, null, null, false);
        }
        return new Placement(PlacementType.U6, r < 0.8 ? PlacementProvider.PR1 : PlacementProvider.PR4, null, placementPostcode(random), false);
    }

    /** Reviews at 20 working days, 3 months, then every 6 months; one period in ten has fallen behind. */
    private static List<LocalDate> reviews(LocalDate start, boolean behind, SplittableRandom random, WorkingDayCalendar calendar,
                                           LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate last = behind ? today.minusMonths(7 + random.nextInt(3)) : today.minusDays(1);
        LocalDate d = calendar.addWorkingDays(start, WorkingDays.of(12 + random.nextInt(random.nextInt(12) == 0 ? 15 : 8)));
        for (int n = 0; !d.isAfter(last); n++) {
            dates.add(d);
            d = (n == 0 ? d.plusMonths(3) : d.plusMonths(6)).minusDays(random.nextInt(14));
        }
        return dates;
    }

    /** A visit within a week of each new placement, then about every five weeks; one child in eight not visited lately. */
    private static List<HistoricPeriodOfCare.Visit> visits(List<LocalDate> placementStarts, boolean behind, String worker,
                                                           SplittableRandom random, LocalDate today) {
        List<HistoricPeriodOfCare.Visit> visits = new ArrayList<>();
        LocalDate stop = behind ? today.minusDays(50 + random.nextInt(30)) : today.minusDays(1);
        for (int p = 0; p < placementStarts.size(); p++) {
            LocalDate until = p + 1 < placementStarts.size() ? placementStarts.get(p + 1).minusDays(1) : stop;
            for (LocalDate d = placementStarts.get(p).plusDays(2 + random.nextInt(5)); !d.isAfter(until) && !d.isAfter(stop);
                 d = d.plusDays(28 + random.nextInt(12))) {
                boolean seen = random.nextInt(15) > 0;
                visits.add(new HistoricPeriodOfCare.Visit(d, seen, seen && random.nextInt(10) < 7,
                        seen && random.nextInt(3) == 0 ? "I like it here" : null, worker));
            }
        }
        return visits;
    }

    /** Health assessments every six months before the fifth birthday, then yearly, a little early. */
    private static List<LocalDate> healthAssessments(LocalDate first, LocalDate born, boolean behind, SplittableRandom random,
                                                     LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate stop = behind ? today.minusMonths(13) : today.minusDays(1);
        for (LocalDate d = first; !d.isAfter(stop); d = d.plusMonths(d.isBefore(born.plusYears(5)) ? 5 : 11).plusDays(random.nextInt(20))) {
            dates.add(d);
        }
        return dates;
    }

    private static List<LocalDate> yearly(LocalDate first, boolean behind, SplittableRandom random, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate stop = behind ? today.minusMonths(13) : today.minusDays(1);
        for (LocalDate d = first; !d.isAfter(stop); d = d.plusMonths(11).plusDays(random.nextInt(20))) {
            dates.add(d);
        }
        return dates;
    }

    /** A young person who left care on their 18th birthday, looked after from 13 to 17. */
    private static HistoricPeriodOfCare leftAt18(Child c, SplittableRandom random) {
        LocalDate eighteen = c.born().plusYears(18);
        LocalDate start = c.born().plusYears(13 + random.nextInt(5)).plusDays(random.nextInt(200));
        Placement placement = c.uasc() || random.nextInt(4) == 0
                ? new Placement(PlacementType.K2, PlacementProvider.PR4, urn(random), placementPostcode(random), false)
                : new Placement(PlacementType.U6, PlacementProvider.PR1, null, placementPostcode(random), false);
        LegalStatus status = c.uasc() || random.nextBoolean() ? LegalStatus.V2 : LegalStatus.C2;
        HistoricPeriodOfCare.Change only = new HistoricPeriodOfCare.Change(start, status, c.uasc() ? PrimaryNeed.N8 : NEED.pick(random),
                placement, c.homePostcode() == null ? null : Postcode.of(c.homePostcode()), true, null);
        return new HistoricPeriodOfCare(c.id(), c.uasc(), c.uasc() ? eighteen : null, List.of(only), eighteen, LEFT_AT_18.pick(random),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    private static String urn(SplittableRandom random) {
        return "SC" + (100_000 + random.nextInt(900_000));
    }

    private static Postcode placementPostcode(SplittableRandom random) {
        return Postcode.of("NM" + (1 + random.nextInt(24)) + " " + random.nextInt(10) + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length())));
    }
}
