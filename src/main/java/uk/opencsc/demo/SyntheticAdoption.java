package uk.opencsc.demo;

import uk.opencsc.adoption.AdopterLeavingReason;
import uk.opencsc.adoption.AdoptersLegalStatus;
import uk.opencsc.adoption.AdoptersSex;
import uk.opencsc.adoption.AdoptionBulkLoad.HistoricAdoption;
import uk.opencsc.adoption.AdoptionBulkLoad.HistoricOrder;
import uk.opencsc.adoption.AdoptionMilestones;
import uk.opencsc.adoption.ApprovedBy;
import uk.opencsc.adoption.EarlyPlacementKind;
import uk.opencsc.adoption.HouseholdDetails;
import uk.opencsc.adoption.PermanenceOrderKind;
import uk.opencsc.adoption.PlacementAuthority;
import uk.opencsc.adoption.ReversalReason;
import uk.opencsc.adoption.SiblingsPlaced;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The demo authority's adoptions and permanence over the three years before today, and its prospective adopters.
 * <p>
 * A large city (the default scale, 60,000 persons) makes about 60 adoption orders a year; the rest scale with it.
 * Timings are drawn around the national picture (entering care to placement about a year and a half, placement order
 * to match about five to six months, some over the scorecard thresholds), stage 2 sometimes running past its four
 * months. Per year at the default scale: about 60 adoptions, 60 children with an open plan at some stage, 18 decisions
 * reversed, 70 special guardianship and 25 child arrangements orders, and 55 households besides those matched.
 * Children are young children of the population, looked after ones first; when the care module lands the lead feeds
 * them from its looked-after children instead. Some siblings are placed together, a few apart.
 */
final class SyntheticAdoption {

    static final int ADOPTIONS_PER_YEAR_AT_60000 = 60;
    private static final int YEARS = 3;

    private static final List<String> COURTS = List.of("Northmoor Family Court", "Northmoor Combined Court Centre",
            "Eastbridge Family Court");
    private static final List<String> GIVEN = List.of("Amara", "Ben", "Chloe", "Daniel", "Ella", "Farid", "Grace", "Hassan",
            "Isla", "James", "Kemi", "Liam", "Maya", "Nathan", "Olivia", "Priya", "Ravi", "Sofia", "Tom", "Uma", "Zoe");
    private static final List<String> FAMILY = List.of("Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green",
            "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Mensah", "Nowak", "Okafor", "Patel", "Roberts", "Singh", "Taylor", "Walker");
    private static final List<String> MADE_TO = List.of("Maternal grandmother", "Paternal grandparents", "Maternal aunt and uncle",
            "Paternal aunt", "Former foster carers", "Family friend", "Older sibling and partner");
    private static final List<String> APART_REASONS = List.of(
            "The older sibling's plan is long-term fostering with current carers, who want to keep caring for them",
            "No adopters could be found for the group together within the child's timescale",
            "Assessed as needing to be placed apart to meet their individual needs");
    private static final Weighted<ReversalReason> REVERSALS = Weighted.of(ReversalReason.RD1, 25, ReversalReason.RD3, 30, ReversalReason.RD4, 25);

    private SyntheticAdoption() {
    }

    /** A child who may be chosen: born, not restricted; looked-after children are chosen first. */
    record Child(UUID id, LocalDate born, boolean lookedAfter) {
    }

    record Result(List<HouseholdDetails> households, List<HistoricAdoption> adoptions, List<HistoricOrder> orders) {
    }

    /** @param siblingsOf each candidate's siblings on the record (by id) */
    static Result generate(DemoSpecification spec, List<Child> candidates, Map<UUID, List<UUID>> siblingsOf) {
        return new Generator(spec, candidates, siblingsOf).run();
    }

    private static final class Generator {
        final SplittableRandom random;
        final LocalDate today;
        final double perYear;
        final List<Child> pool;
        final Map<UUID, Child> byId = new java.util.HashMap<>();
        final Map<UUID, List<UUID>> siblingsOf;
        final Set<UUID> used = new HashSet<>();
        final List<HouseholdDetails> households = new ArrayList<>();
        final List<HistoricAdoption> adoptions = new ArrayList<>();
        final List<HistoricOrder> orders = new ArrayList<>();

        Generator(DemoSpecification spec, List<Child> candidates, Map<UUID, List<UUID>> siblingsOf) {
            this.random = new SplittableRandom(spec.seed() ^ 0xAD0_9710L);
            this.today = spec.today();
            this.perYear = (double) ADOPTIONS_PER_YEAR_AT_60000 * spec.scale() / 60_000;
            List<Child> looked = new ArrayList<>(candidates.stream().filter(Child::lookedAfter).toList());
            List<Child> others = new ArrayList<>(candidates.stream().filter(c -> !c.lookedAfter()).toList());
            shuffle(looked);
            shuffle(others);
            this.pool = new ArrayList<>(looked);
            pool.addAll(others);
            candidates.forEach(c -> byId.put(c.id(), c));
            this.siblingsOf = siblingsOf;
        }

        Result run() {
            for (int i = 0; i < count(perYear * YEARS); i++) adopted();
            for (int i = 0; i < count(perYear); i++) openPlan();
            for (int i = 0; i < count(perYear * 0.3 * YEARS); i++) reversal();
            for (int i = 0; i < count(perYear * 1.2 * YEARS); i++) order(PermanenceOrderKind.SPECIAL_GUARDIANSHIP);
            for (int i = 0; i < count(perYear * 0.4 * YEARS); i++) order(PermanenceOrderKind.CHILD_ARRANGEMENTS);
            for (int i = 0; i < count(perYear * 0.9); i++) householdInProcess();
            return new Result(households, adoptions, orders);
        }

        /** A child adopted in the last three years, with the household that adopted them. */
        void adopted() {
            LocalDate order = today.minusDays(days(7, YEARS * 365));
            LocalDate placed = order.minusDays(days(70, 300));
            LocalDate matched = placed.minusDays(days(0, 45));
            LocalDate po = matched.minusDays(days(20, 260));
            LocalDate adm = po.minusDays(days(30, 150));
            LocalDate enteredCare = adm.minusDays(days(40, 400));
            Child child = pick(enteredCare);
            if (child == null) return;
            boolean consent = random.nextDouble() < 0.06;
            boolean early = random.nextDouble() < 0.15;
            LocalDate earlyDate = early ? min(adm.plusDays(days(0, 20)), placed) : null;
            String household = household(matched, early);
            Child sibling = random.nextDouble() < 0.4 ? unusedSibling(child, enteredCare) : null;
            AdoptionMilestones m = new AdoptionMilestones(enteredCare, adm,
                    consent ? PlacementAuthority.CONSENT : PlacementAuthority.PLACEMENT_ORDER, consent ? null : po,
                    consent ? null : pickOf(COURTS), matched, null, early ? earlyKind() : null, earlyDate, placed, order, null, null,
                    Set.of(), null, null);
            if (sibling != null) {
                used.add(sibling.id());
                adoptions.add(new HistoricAdoption(child.id(), child.born(), household, withSiblings(m, Set.of(sibling.id()), SiblingsPlaced.TOGETHER, null)));
                adoptions.add(new HistoricAdoption(sibling.id(), sibling.born(), household, withSiblings(m, Set.of(child.id()), SiblingsPlaced.TOGETHER, null)));
            } else {
                List<UUID> siblings = siblingsOf.getOrDefault(child.id(), List.of());
                boolean apart = !siblings.isEmpty() && random.nextDouble() < 0.15;
                adoptions.add(new HistoricAdoption(child.id(), child.born(), household, apart
                        ? withSiblings(m, Set.of(siblings.getFirst()), SiblingsPlaced.APART, pickOf(APART_REASONS)) : m));
            }
        }

        /** A child with a plan for adoption still open: decided, perhaps with a placement order, matched or placed. */
        void openPlan() {
            LocalDate adm = today.minusDays(days(20, 420));
            LocalDate enteredCare = adm.minusDays(days(40, 300));
            Child child = pick(enteredCare);
            if (child == null) return;
            LocalDate po = adm.plusDays(days(40, 150));
            if (!po.isBefore(today)) po = null;
            LocalDate matched = po == null ? null : po.plusDays(days(20, 250));
            if (matched != null && matched.isAfter(today)) matched = null;
            LocalDate placed = matched == null ? null : matched.plusDays(days(0, 45));
            if (placed != null && placed.isAfter(today)) placed = null;
            String household = matched == null ? null : household(matched, false);
            adoptions.add(new HistoricAdoption(child.id(), child.born(), household, new AdoptionMilestones(enteredCare, adm,
                    PlacementAuthority.PLACEMENT_ORDER, po, po == null ? null : pickOf(COURTS), matched, null, null, null, placed,
                    null, null, null, Set.of(), null, null)));
        }

        /** A decision that the child should be placed for adoption, later reversed. */
        void reversal() {
            LocalDate adm = today.minusDays(days(120, 900));
            LocalDate enteredCare = adm.minusDays(days(40, 300));
            Child child = pick(enteredCare);
            if (child == null) return;
            boolean courtRefused = random.nextDouble() < 0.25;
            LocalDate po = !courtRefused && random.nextDouble() < 0.5 ? adm.plusDays(days(40, 110)) : null;
            LocalDate reversed = min((po != null ? po : adm).plusDays(days(30, 200)), today);
            adoptions.add(new HistoricAdoption(child.id(), child.born(), null, new AdoptionMilestones(enteredCare, adm,
                    PlacementAuthority.PLACEMENT_ORDER, po, po == null ? null : pickOf(COURTS), null, null, null, null, null, null,
                    reversed, courtRefused ? ReversalReason.RD2 : REVERSALS.pick(random), Set.of(), null, null)));
        }

        void order(PermanenceOrderKind kind) {
            LocalDate on = today.minusDays(days(1, YEARS * 365));
            Child child = pick(on.minusDays(30));
            if (child == null) return;
            orders.add(new HistoricOrder(child.id(), child.born(), kind, on, pickOf(MADE_TO)));
        }

        /** A household approved in time to be matched on {@code matched}; returns its family identifier. */
        String household(LocalDate matched, boolean fosteringForAdoption) {
            LocalDate approval = matched.minusDays(days(5, 240));
            LocalDate s2End = approval.minusDays(days(14, 45));
            LocalDate s2Start = s2End.minusDays(days(90, 170));
            LocalDate s1End = s2Start.minusDays(days(0, 40));
            LocalDate s1Start = s1End.minusDays(days(30, 90));
            LocalDate enquiry = s1Start.minusDays(days(5, 45));
            return add(fosteringForAdoption, enquiry, s1Start, s1End, s2Start, s2End, approval, null, null);
        }

        /** A household still in the process (or approved and waiting), or one that left it. */
        void householdInProcess() {
            LocalDate enquiry = today.minusDays(days(10, 500));
            LocalDate[] steps = new LocalDate[5];
            LocalDate last = enquiry;
            int[][] gaps = {{5, 40}, {30, 90}, {0, 30}, {90, 180}, {14, 45}};
            for (int s = 0; s < steps.length; s++) {
                LocalDate next = last.plusDays(days(gaps[s][0], gaps[s][1]));
                if (next.isAfter(today) || random.nextDouble() < 0.08) break;
                steps[s] = next;
                last = next;
            }
            LocalDate left = null;
            AdopterLeavingReason reason = null;
            if (random.nextDouble() < 0.15 && last.isBefore(today)) {
                left = min(last.plusDays(days(1, 60)), today);
                reason = steps[4] == null && steps[3] != null && random.nextDouble() < 0.5 ? AdopterLeavingReason.NOT_APPROVED
                        : random.nextDouble() < 0.7 ? AdopterLeavingReason.WITHDREW : AdopterLeavingReason.ON_HOLD;
            }
            add(random.nextDouble() < 0.1, enquiry, steps[0], steps[1], steps[2], steps[3], steps[4], left, reason);
        }

        String add(boolean ffa, LocalDate enquiry, LocalDate s1Start, LocalDate s1End, LocalDate s2Start, LocalDate s2End,
                   LocalDate approval, LocalDate left, AdopterLeavingReason leftReason) {
            String ref = String.format("AF%05d", households.size() + 1);
            String family = pickOf(FAMILY);
            double kind = random.nextDouble();
            // about two in three couples of different gender, one in six same gender, one in six single adopters
            AdoptersSex sex = kind < 0.66 ? AdoptersSex.MF : kind < 0.74 ? AdoptersSex.FF : kind < 0.83 ? AdoptersSex.MM
                    : random.nextDouble() < 0.8 ? AdoptersSex.F1 : AdoptersSex.M1;
            boolean single = sex == AdoptersSex.F1 || sex == AdoptersSex.M1;
            AdoptersLegalStatus status = single ? AdoptersLegalStatus.L0
                    : sex == AdoptersSex.MF ? (random.nextDouble() < 0.8 ? AdoptersLegalStatus.L11 : AdoptersLegalStatus.L3)
                    : (random.nextDouble() < 0.6 ? AdoptersLegalStatus.L12 : AdoptersLegalStatus.L2);
            households.add(new HouseholdDetails(ref, pickOf(GIVEN) + " " + family, single ? null : pickOf(GIVEN) + " " + family,
                    sex, status, ffa, enquiry, s1Start, s1End, s2Start, s2End, approval,
                    approval == null ? null : random.nextDouble() < 0.9 ? ApprovedBy.PANEL_AND_ADM : ApprovedBy.ADM, left, leftReason));
            return ref;
        }

        /** The next unused child born by {@code by} (and no more than ten years before it). */
        Child pick(LocalDate by) {
            for (Child c : pool) {
                if (!used.contains(c.id()) && !c.born().isAfter(by) && c.born().isAfter(by.minusYears(10))) {
                    used.add(c.id());
                    return c;
                }
            }
            return null;
        }

        Child unusedSibling(Child child, LocalDate by) {
            for (UUID s : siblingsOf.getOrDefault(child.id(), List.of())) {
                Child sibling = byId.get(s);
                if (sibling != null && !used.contains(s) && !sibling.born().isAfter(by)) return sibling;
            }
            return null;
        }

        EarlyPlacementKind earlyKind() {
            return random.nextDouble() < 0.8 ? EarlyPlacementKind.FOSTERING_FOR_ADOPTION : EarlyPlacementKind.CONCURRENT_PLANNING;
        }

        static AdoptionMilestones withSiblings(AdoptionMilestones m, Set<UUID> siblings, SiblingsPlaced placed, String apartReason) {
            return new AdoptionMilestones(m.enteredCareDate(), m.admDecisionDate(), m.authority(), m.placementOrderDate(),
                    m.placementOrderCourt(), m.matchedDate(), m.householdId(), m.earlyPlacementKind(), m.earlyPlacementDate(),
                    m.placedDate(), m.adoptionOrderDate(), m.reversedDate(), m.reversedReason(), siblings, placed, apartReason);
        }

        int count(double expected) {
            int whole = (int) expected;
            return whole + (random.nextDouble() < expected - whole ? 1 : 0);
        }

        long days(int from, int to) {
            return from + random.nextInt(to - from + 1);
        }

        <T> T pickOf(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        void shuffle(List<Child> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Child t = list.get(i);
                list.set(i, list.get(j));
                list.set(j, t);
            }
        }

        static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
