package uk.opencsc.demo;

import uk.opencsc.access.Role;
import uk.opencsc.careleavers.AccommodationType;
import uk.opencsc.careleavers.Activity;
import uk.opencsc.careleavers.ContactMethod;
import uk.opencsc.careleavers.EligibilityCategory;
import uk.opencsc.careleavers.HistoricCareLeaver;
import uk.opencsc.careleavers.InTouch;
import uk.opencsc.workforce.WorkforceBulkLoad.HistoricAllocation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The synthetic authority's care leavers, deterministic from the seed: about {@value #PER_LARGE_CITY} at a large city's
 * scale (60,000 persons), taken from the young people aged 18 to 24 its leaving care teams hold (until the care module
 * gives the demo children who left care, including the 16- and 17-year-olds). Each is former relevant from their 18th
 * birthday, with a pathway plan agreed then and reviewed about every six months, a personal adviser of their team
 * (pa.demo holds up to {@value #DEMO_CASELOAD}), a year of contacts, their accommodation and activity.
 * <p>
 * Proportions (England, DfE "Children looked after in England including adoptions"; see docs/careleavers.md):
 * <ul>
 * <li>In touch: 91% of 19- to 21-year-olds (2020/21, as CYP Now reported it); the rest's latest contacts say not
 *     in touch or refused.</li>
 * <li>Suitable accommodation: about 85% of 19- to 21-year-olds (2019 table tool); no fixed abode, emergency
 *     accommodation, bed and breakfast, custody and residence not known are always unsuitable.</li>
 * <li>Not in education, employment or training: about 40% of 19- to 21-year-olds (2017; Barnardo's 2021 "4 in 10");
 *     about 6% in higher education.</li>
 * <li>Support past 21: about half of 22-year-olds asked for and received support (2023, 22-25 table); here 45% of
 *     those over 21 asked for support to 25, the others' support ended on their 21st birthday.</li>
 * <li>Staying put: a judgement of one in six 18- to 20-year-olds, living with their former foster carers (Z).</li>
 * <li>Overdue reviews: a judgement of one in seven plans whose last review was more than six months ago.</li>
 * </ul>
 */
final class SyntheticCareLeavers {

    static final int PER_LARGE_CITY = 1_000;
    static final int LARGE_CITY_SCALE = 60_000;
    static final int DEMO_CASELOAD = 18;
    static final double IN_TOUCH = 0.91;
    static final double EXTENDED_TO_25 = 0.45;
    static final double STAYING_PUT = 1.0 / 6;
    static final double REVIEW_OVERDUE = 1.0 / 7;
    static final Weighted<Activity> ACTIVITY = Weighted.of(Activity.F1, 5.0, Activity.P1, 1.0, Activity.F2, 15.0, Activity.P2, 3.0,
            Activity.F4, 4.0, Activity.P4, 1.0, Activity.F5, 21.0, Activity.P5, 10.0, Activity.G4, 9.0, Activity.G5, 23.0,
            Activity.G6, 8.0);
    static final Weighted<AccommodationType> ACCOMMODATION = Weighted.of(AccommodationType.U, 38.0, AccommodationType.D, 20.0,
            AccommodationType.B, 13.0, AccommodationType.E, 5.0, AccommodationType.K, 4.0, AccommodationType.T, 4.0,
            AccommodationType.C, 2.0, AccommodationType.Y, 4.0, AccommodationType.S, 3.0, AccommodationType.V, 2.0,
            AccommodationType.W, 1.0, AccommodationType.X, 3.0, AccommodationType.R, 1.0);
    static final Set<AccommodationType> NEVER_SUITABLE = Set.of(AccommodationType.S, AccommodationType.V, AccommodationType.W,
            AccommodationType.X, AccommodationType.R);
    static final Weighted<ContactMethod> METHOD = Weighted.of(ContactMethod.VISIT, 50.0, ContactMethod.PHONE, 25.0,
            ContactMethod.MESSAGE, 20.0, ContactMethod.VIDEO, 5.0);

    private SyntheticCareLeavers() {
    }

    /** A young person a leaving care team holds. */
    record YoungPerson(UUID personId, LocalDate born, UUID teamId) {
    }

    record Result(List<HistoricCareLeaver> careLeavers, List<HistoricAllocation> allocations) {
    }

    /** How many care leavers an authority of this scale has. */
    static int countAt(int scale) {
        return (int) Math.max(1, Math.round((double) PER_LARGE_CITY * scale / LARGE_CITY_SCALE));
    }

    /**
     * The care leavers of the loaded authority: the young people its leaving care teams hold, their personal advisers
     * (pa.demo first in its team), and the children already allocated (who keep that allocation).
     *
     * @param idOfLocalId the loaded persons' ids by local id
     */
    static Result generate(DemoSpecification spec, WorkforcePlan plan, List<DemoPerson> children, Map<String, UUID> idOfLocalId,
                           Map<String, UUID> teamIds, Map<String, UUID> userIds, List<HistoricAllocation> existing) {
        Set<String> leavingCareTeams = plan.teamsOf(WorkforcePlan.CARE_LEAVERS).stream().map(WorkforcePlan.Team::name)
                .collect(Collectors.toSet());
        List<YoungPerson> held = children.stream().filter(c -> leavingCareTeams.contains(c.responsibleTeam()))
                .map(c -> new YoungPerson(idOfLocalId.get(c.localId()), c.dateOfBirth(), teamIds.get(c.responsibleTeam()))).toList();
        Map<UUID, List<UUID>> holders = plan.users().stream()
                .filter(u -> u.role() == Role.PERSONAL_ADVISER && u.team() != null)
                .sorted(Comparator.comparing((WorkforcePlan.User u) -> !u.username().equals("pa.demo")))
                .collect(Collectors.groupingBy(u -> teamIds.get(u.team()),
                        Collectors.mapping(u -> userIds.get(u.username()), Collectors.toList())));
        Set<UUID> allocated = existing.stream().map(HistoricAllocation::personId).collect(Collectors.toSet());
        return generate(spec, held, holders, userIds.get("pa.demo"), allocated);
    }

    /**
     * @param holders   each leaving care team's personal advisers, pa.demo first in its team
     * @param allocated young people allocated already (with an open CIN episode): they keep that allocation
     */
    static Result generate(DemoSpecification spec, List<YoungPerson> held, Map<UUID, List<UUID>> holders, UUID paDemo,
                           Set<UUID> allocated) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0xCA4E_1EAFL);
        LocalDate today = spec.today();
        List<YoungPerson> chosen = held.stream()
                .filter(y -> y.born() != null && age(y.born(), today) >= 18 && age(y.born(), today) <= 24)
                .sorted(Comparator.comparing(YoungPerson::personId)).limit(countAt(spec.scale())).toList();
        List<HistoricCareLeaver> leavers = new ArrayList<>();
        List<HistoricAllocation> allocations = new ArrayList<>();
        int paDemoHolds = 0;
        int next = 0;
        for (YoungPerson y : chosen) {
            // the first day they are 18 as the rules count years (Period): 1 March for a child born on 29 February, whom
            // plusYears would make 18 on 28 February of a common year, a day the rules refuse (the demo load then failed)
            LocalDate eighteen = y.born().minusDays(1).plusYears(18).plusDays(1);
            LocalDate twentyOne = y.born().plusYears(21);
            boolean over21 = !today.isBefore(twentyOne);
            LocalDate extended = over21 && random.nextDouble() < EXTENDED_TO_25 ? twentyOne.minusDays(random.nextInt(60)) : null;
            LocalDate supportEnded = over21 && extended == null ? twentyOne : null;
            LocalDate lastDay = supportEnded == null ? today : supportEnded;
            LocalDate planAgreed = eighteen.minusDays(random.nextInt(60));

            // reviews about every six months; one plan in seven has had none for more than six months
            List<HistoricCareLeaver.Review> reviews = new ArrayList<>();
            boolean overdue = supportEnded == null && random.nextDouble() < REVIEW_OVERDUE;
            LocalDate stopReviewsAt = overdue ? today.minusMonths(6).minusDays(1 + random.nextInt(90)) : lastDay;
            for (LocalDate r = planAgreed.plusMonths(5).plusDays(random.nextInt(25)); !r.isAfter(stopReviewsAt);
                 r = r.plusMonths(5).plusDays(random.nextInt(25))) {
                reviews.add(new HistoricCareLeaver.Review(r, "The young person and their personal adviser",
                        random.nextDouble() < 0.7 ? "Happy with the plan; wants help with money and finding work" : null));
            }

            // a year of contacts, about monthly; the latest says whether the authority is in touch
            List<HistoricCareLeaver.Contact> contacts = new ArrayList<>();
            if (supportEnded == null) {
                boolean inTouch = random.nextDouble() < IN_TOUCH;
                for (LocalDate c = today.minusDays(random.nextInt(40)); c.isAfter(today.minusYears(1)); c = c.minusDays(20 + random.nextInt(30))) {
                    InTouch answer = inTouch ? InTouch.YES : random.nextDouble() < 0.8 ? InTouch.NO : InTouch.REFU;
                    contacts.add(new HistoricCareLeaver.Contact(c, answer, answer == InTouch.YES ? METHOD.pick(random) : ContactMethod.PHONE,
                            answer == InTouch.YES ? null : "No answer; left a message"));
                }
            }

            boolean stayingPut = !over21 && random.nextDouble() < STAYING_PUT;
            AccommodationType type = stayingPut ? AccommodationType.Z : ACCOMMODATION.pick(random);
            boolean suitable = !NEVER_SUITABLE.contains(type) && random.nextDouble() < 0.93;
            LocalDate movedIn = stayingPut ? eighteen : maxOf(eighteen, today.minusDays(30 + random.nextInt(700)));
            LocalDate activityFrom = maxOf(eighteen, today.minusDays(30 + random.nextInt(500)));

            leavers.add(new HistoricCareLeaver(y.personId(), EligibilityCategory.FORMER_RELEVANT, eighteen, planAgreed,
                    stayingPut ? eighteen : null, null, extended, supportEnded, contacts,
                    List.of(new HistoricCareLeaver.Accommodation(minOf(movedIn, lastDay), type, suitable)),
                    List.of(new HistoricCareLeaver.ActivityFrom(minOf(activityFrom, lastDay), ACTIVITY.pick(random))), reviews));

            List<UUID> teamHolders = holders.getOrDefault(y.teamId(), List.of());
            if (allocated.contains(y.personId()) || teamHolders.isEmpty()) {
                continue;
            }
            UUID adviser;
            if (teamHolders.getFirst().equals(paDemo) && paDemoHolds < DEMO_CASELOAD && supportEnded == null) {
                adviser = paDemo;
                paDemoHolds++;
            } else {
                List<UUID> others = teamHolders.stream().filter(w -> !w.equals(paDemo)).toList();
                adviser = others.isEmpty() ? teamHolders.getFirst() : others.get(next++ % others.size());
            }
            allocations.add(new HistoricAllocation(y.personId(), adviser, eighteen, "Personal adviser from leaving care",
                    supportEnded, supportEnded == null ? null : "Leaving care support ended at 21"));
        }
        return new Result(leavers, allocations);
    }

    private static int age(LocalDate born, LocalDate day) {
        return Period.between(born, day).getYears();
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate minOf(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
