package uk.opencsc.demo;

import uk.opencsc.care.EscalationConcern;
import uk.opencsc.care.EscalationStage;
import uk.opencsc.care.FamilyTime;
import uk.opencsc.care.FamilyTimeFrequency;
import uk.opencsc.care.FamilyTimeRelationship;
import uk.opencsc.care.HistoricCarePlanning;
import uk.opencsc.care.HistoricPeriodOfCare;
import uk.opencsc.care.IroContactMethod;
import uk.opencsc.care.PermanencePlanKind;
import uk.opencsc.care.PlanEndReason;
import uk.opencsc.care.SessionOutcome;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Care planning for the synthetic authority's looked after children (the open periods {@link SyntheticCare} made):
 * a primary permanence plan agreed around the second review for most children looked after four months or more (one
 * in ten without one, so the page's warning has children to show), parallel plans for about one in five (twin-track:
 * return home beside adoption or special guardianship for the young), a changed plan for some looked after a year or
 * more; the IRO's visits and contacts every three to five months; an escalation for about one child in fifteen, a
 * third of them still open; and family time with parents and siblings for three in four, with the last six weeks'
 * sessions. Plans follow age: adoption for the youngest, long-term fostering in middle childhood, supported living
 * for 16 and 17 year olds. Deterministic for a seed.
 */
final class SyntheticCarePlanning {

    private static final List<String> FIRST_NAMES = List.of("Sarah", "Michelle", "Kelly", "Aisha", "Joanne", "Amira", "Lisa",
            "Natalie", "Paul", "Darren", "Imran", "Lee", "Marcus", "Tomasz", "Craig", "Shabana");
    private static final List<String> SURNAMES = List.of("Smith", "Khan", "Jones", "Begum", "Taylor", "Ahmed", "Brown", "Kowalski",
            "Williams", "Hussain", "Walker", "Campbell", "Okafor", "Evans", "Wright", "Ali");
    private static final List<String> VIEWS = List.of("Likes her foster carers and wants to stay", "Wants to see mum more often",
            "Worried about changing school", "Happy at home, enjoys football club", "Wants to know when court will finish",
            "Would like more time with his brother", "Did not want to talk about family time");
    private static final Weighted<FamilyTimeFrequency> FREQUENCY = Weighted.of(FamilyTimeFrequency.WEEKLY, 30,
            FamilyTimeFrequency.FORTNIGHTLY, 25, FamilyTimeFrequency.MONTHLY, 30, FamilyTimeFrequency.EVERY_TWO_TO_THREE_MONTHS, 10,
            FamilyTimeFrequency.AS_AGREED, 5);
    private static final Weighted<SessionOutcome> MISSED = Weighted.of(SessionOutcome.CANCELLED_BY_FAMILY, 40,
            SessionOutcome.FAMILY_DID_NOT_ATTEND, 30, SessionOutcome.CANCELLED_BY_CHILD, 10, SessionOutcome.CANCELLED_BY_CARER, 10,
            SessionOutcome.CANCELLED_BY_SERVICE, 10);
    private static final Weighted<IroContactMethod> METHOD = Weighted.of(IroContactMethod.VISIT, 60, IroContactMethod.VIDEO, 15,
            IroContactMethod.PHONE, 20, IroContactMethod.OTHER, 5);
    private static final Weighted<EscalationStage> STAGE = Weighted.of(EscalationStage.INFORMAL, 50, EscalationStage.FORMAL_TEAM_MANAGER, 30,
            EscalationStage.FORMAL_SERVICE_MANAGER, 15, EscalationStage.FORMAL_HEAD_OF_SERVICE, 5);
    private static final Weighted<EscalationConcern> CONCERN = Weighted.of(EscalationConcern.CARE_PLAN_DRIFT, 25,
            EscalationConcern.PERMANENCE_DELAY, 20, EscalationConcern.VISITS_OVERDUE, 15, EscalationConcern.HEALTH, 10,
            EscalationConcern.EDUCATION, 10, EscalationConcern.PLACEMENT, 10, EscalationConcern.FAMILY_TIME, 5,
            EscalationConcern.REVIEW_DECISIONS, 5);

    private SyntheticCarePlanning() {
    }

    /** @param born each child's date of birth, by id */
    static List<HistoricCarePlanning> generate(DemoSpecification spec, List<HistoricPeriodOfCare> periods, Map<UUID, LocalDate> born) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0x91A7L);
        LocalDate today = spec.today();
        List<HistoricCarePlanning> children = new ArrayList<>();
        for (HistoricPeriodOfCare p : periods) {
            LocalDate dob = born.get(p.personId());
            if (p.endDate() != null || dob == null || p.episodes().getFirst().legalStatus().shortBreaks()) continue;
            LocalDate start = p.episodes().getFirst().startDate();
            children.add(new HistoricCarePlanning(p.personId(), plans(start, dob, random, today), contacts(start, dob, p.iro(), random, today),
                    escalations(start, p.iro(), random, today), familyTime(start, random, today)));
        }
        return children;
    }

    private static List<HistoricCarePlanning.Plan> plans(LocalDate start, LocalDate dob, SplittableRandom random, LocalDate today) {
        long months = ChronoUnit.MONTHS.between(start, today);
        boolean planned = months >= 4 ? random.nextInt(10) != 0 : months >= 1 && random.nextInt(3) == 0;
        if (!planned) return List.of();
        LocalDate agreed = months >= 4 ? start.plusMonths(4).minusDays(random.nextInt(21)) : start.plusDays(20 + random.nextInt(10));
        if (agreed.isAfter(today)) agreed = today;
        int age = (int) ChronoUnit.YEARS.between(dob, agreed);
        PermanencePlanKind kind = kindFor(age, random);
        List<HistoricCarePlanning.Plan> plans = new ArrayList<>();
        // twin track: a return home planned beside adoption or special guardianship, for one child in five
        if (kind == PermanencePlanKind.RETURN_TO_FAMILY && random.nextInt(5) < 2 || random.nextInt(5) == 0 && age < 12) {
            PermanencePlanKind parallel = age < 5 && kind != PermanencePlanKind.ADOPTION ? PermanencePlanKind.ADOPTION : PermanencePlanKind.SGO_CAO;
            if (parallel != kind) {
                plans.add(new HistoricCarePlanning.Plan(kind, true, agreed, null, null));
                plans.add(new HistoricCarePlanning.Plan(parallel, false, agreed, null, null));
                return plans;
            }
        }
        // a plan changed after a year or more: a return home that did not work out, replaced by long-term care
        if (months >= 13 && kind == PermanencePlanKind.RETURN_TO_FAMILY && random.nextBoolean()) {
            LocalDate changed = agreed.plusMonths(6 + random.nextInt(Math.max(1, (int) months - 11)));
            if (changed.isBefore(today)) {
                PermanencePlanKind next = age < 5 ? PermanencePlanKind.ADOPTION : PermanencePlanKind.LONG_TERM_FOSTERING;
                plans.add(new HistoricCarePlanning.Plan(kind, true, agreed, changed, PlanEndReason.REPLACED));
                plans.add(new HistoricCarePlanning.Plan(next, true, changed, null, null));
                return plans;
            }
        }
        plans.add(new HistoricCarePlanning.Plan(kind, true, agreed, null, null));
        return plans;
    }

    private static PermanencePlanKind kindFor(int age, SplittableRandom random) {
        int r = random.nextInt(100);
        if (age < 5) {
            return r < 35 ? PermanencePlanKind.ADOPTION : r < 65 ? PermanencePlanKind.RETURN_TO_FAMILY : r < 85 ? PermanencePlanKind.SGO_CAO
                    : PermanencePlanKind.LONG_TERM_FOSTERING;
        }
        if (age < 13) {
            return r < 45 ? PermanencePlanKind.LONG_TERM_FOSTERING : r < 70 ? PermanencePlanKind.RETURN_TO_FAMILY
                    : r < 88 ? PermanencePlanKind.SGO_CAO : r < 95 ? PermanencePlanKind.LONG_TERM_RESIDENTIAL : PermanencePlanKind.OTHER;
        }
        if (age >= 16 && r < 30) return PermanencePlanKind.SUPPORTED_LIVING;
        return r < 65 ? PermanencePlanKind.LONG_TERM_FOSTERING : r < 80 ? PermanencePlanKind.LONG_TERM_RESIDENTIAL
                : r < 95 ? PermanencePlanKind.RETURN_TO_FAMILY : PermanencePlanKind.OTHER;
    }

    /** The IRO meets the child before the first review and then every three to five months. */
    private static List<HistoricCarePlanning.Contact> contacts(LocalDate start, LocalDate dob, String iro, SplittableRandom random,
                                                             LocalDate today) {
        List<HistoricCarePlanning.Contact> contacts = new ArrayList<>();
        for (LocalDate on = start.plusDays(7 + random.nextInt(14)); !on.isAfter(today); on = on.plusDays(90 + random.nextInt(60))) {
            IroContactMethod method = METHOD.pick(random);
            boolean met = method == IroContactMethod.VISIT || method == IroContactMethod.VIDEO;
            boolean alone = met && !on.isBefore(dob.plusYears(5)) && random.nextInt(10) < 7;
            String views = !on.isBefore(dob.plusYears(5)) && random.nextBoolean() ? VIEWS.get(random.nextInt(VIEWS.size())) : null;
            contacts.add(new HistoricCarePlanning.Contact(on, method, alone, views, iro));
        }
        return contacts;
    }

    /** One child in fifteen has an escalation; a third of those are still open, some past the 20 working days. */
    private static List<HistoricCarePlanning.Escalation> escalations(LocalDate start, String iro, SplittableRandom random, LocalDate today) {
        long days = ChronoUnit.DAYS.between(start, today);
        if (days < 45 || random.nextInt(15) != 0) return List.of();
        boolean open = random.nextInt(3) == 0;
        LocalDate raised = open ? today.minusDays(3 + random.nextInt(50)) : start.plusDays(30 + random.nextInt((int) days - 40));
        if (raised.isBefore(start)) raised = start;
        EscalationConcern concern = CONCERN.pick(random);
        LocalDate resolved = open ? null : raised.plusDays(5 + random.nextInt(25));
        if (resolved != null && resolved.isAfter(today)) resolved = today;
        return List.of(new HistoricCarePlanning.Escalation(raised, Set.of(concern), "Raised with the team manager: " + concern.label().toLowerCase(),
                STAGE.pick(random), open ? null : "Actions agreed with the team manager and completed", resolved, iro));
    }

    /** Family time with mother for most, father and a sibling for some, with the last six weeks' sessions. */
    private static List<HistoricCarePlanning.Arrangement> familyTime(LocalDate start, SplittableRandom random, LocalDate today) {
        if (random.nextInt(4) == 0) return List.of();
        List<HistoricCarePlanning.Arrangement> arrangements = new ArrayList<>();
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        LocalDate from = start.plusDays(3 + random.nextInt(11));
        if (from.isAfter(today)) from = today;
        if (random.nextInt(10) < 7) arrangements.add(arrangement(name(random, 0, surname), FamilyTimeRelationship.MOTHER, from, random, today));
        if (random.nextInt(10) < 4) arrangements.add(arrangement(name(random, 8, surname), FamilyTimeRelationship.FATHER, from, random, today));
        if (random.nextInt(10) < 3) arrangements.add(arrangement(name(random, random.nextInt(2) * 8, surname), FamilyTimeRelationship.SIBLING,
                from, random, today));
        return arrangements;
    }

    private static String name(SplittableRandom random, int from, String surname) {
        return FIRST_NAMES.get(from + random.nextInt(8)) + " " + surname;
    }

    private static HistoricCarePlanning.Arrangement arrangement(String who, FamilyTimeRelationship relationship, LocalDate from,
                                                                SplittableRandom random, LocalDate today) {
        FamilyTimeFrequency frequency = relationship == FamilyTimeRelationship.SIBLING ? FamilyTimeFrequency.MONTHLY : FREQUENCY.pick(random);
        boolean supervised = relationship != FamilyTimeRelationship.SIBLING && random.nextInt(10) < 6;
        int every = switch (frequency) {
            case WEEKLY -> 7;
            case FORTNIGHTLY -> 14;
            case MONTHLY -> 28;
            default -> 0;
        };
        List<FamilyTime.Session> sessions = new ArrayList<>();
        if (every > 0) {
            for (LocalDate on = today.minusDays(random.nextInt(every)); !on.isBefore(today.minusWeeks(6)) && !on.isBefore(from); on = on.minusDays(every)) {
                sessions.add(new FamilyTime.Session(UUID.randomUUID(), on,
                        random.nextInt(100) < 80 ? SessionOutcome.ATTENDED : MISSED.pick(random), null));
            }
        }
        return new HistoricCarePlanning.Arrangement(who, relationship, frequency, supervised,
                supervised ? (random.nextBoolean() ? "Family time service" : "Northmoor contact centre") : null, from, null, sessions);
    }
}
