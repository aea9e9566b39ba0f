package uk.opencsc.demo;

import uk.opencsc.assessment.AssessmentFactor;
import uk.opencsc.assessment.AssessmentOutcome;
import uk.opencsc.assessment.ChildSeen;
import uk.opencsc.assessment.HistoricAssessment;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.frontdoor.ContactOutcome;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.protection.HistoricEnquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic authority's child and family assessments over the last year: one for each referral its front door
 * opened, except referrals closed as "referral NFA" (about 9,100 a year from 10,000 referrals; England: ~650,000
 * referrals, ~620,000 assessments completed a year, DfE Characteristics of children in need). About 83% are
 * authorised within 45 working days of the referral, median about 30 working days; the rest late with a reason.
 * Assessments whose referral is recent are still being written or awaiting a manager, some already past their due
 * date, so the trays and clocks have something to show. Factors come at roughly the national frequencies at the end
 * of assessment (domestic abuse and parental mental health the commonest). Outcomes follow what the demo does next:
 * "no further action" for episodes closed RC8, "step down to early help" for RC9, a child in need plan otherwise
 * (children whose referral started child protection included). Deterministic for a seed.
 */
final class SyntheticAssessments {

    /** National share on time (DfE: 80-85% of assessments completed within 45 working days). */
    static final double ON_TIME_SHARE = 0.83;

    // per assessment, the chance each factor is identified (DfE CIN census, factors at the end of assessment, ~2024)
    private static final Map<AssessmentFactor, Double> FACTORS = factors(
            AssessmentFactor.F4B, 0.32, AssessmentFactor.F3B, 0.30, AssessmentFactor.F3A, 0.12, AssessmentFactor.F3C, 0.05,
            AssessmentFactor.F17A, 0.20, AssessmentFactor.F16A, 0.18, AssessmentFactor.F4A, 0.18, AssessmentFactor.F2B, 0.15,
            AssessmentFactor.F1B, 0.12, AssessmentFactor.F18C, 0.10, AssessmentFactor.F14A, 0.08, AssessmentFactor.F15A, 0.08,
            AssessmentFactor.F5A, 0.06, AssessmentFactor.F6A, 0.05, AssessmentFactor.F19C, 0.04, AssessmentFactor.F24A, 0.04,
            AssessmentFactor.F10A, 0.04, AssessmentFactor.F11A, 0.03, AssessmentFactor.F5B, 0.04, AssessmentFactor.F6B, 0.03,
            AssessmentFactor.F7A, 0.03, AssessmentFactor.F2A, 0.03, AssessmentFactor.F13A, 0.02, AssessmentFactor.F9A, 0.02,
            AssessmentFactor.F18B, 0.02, AssessmentFactor.F20, 0.05);
    private static final String[] WORDS = {
            "I want things to be calm at home", "I worry about mum when I'm at school", "Dad shouts when he has been drinking",
            "I like my foster-sister's dog", "Nobody listens to me", "I want to see my dad more", "I'm fine, it's my little brother",
            "I don't like going home after school"};
    private static final String[] ANALYSES = {
            "Parental capacity is reduced by the parent's mental health; the child's needs are met inconsistently. Support is accepted.",
            "Domestic abuse in the home affects the child's sleep and school attendance; the non-abusing parent is protective.",
            "Neglect of the child's health and home conditions over time; the parents engage with advice but progress is slow.",
            "The child is exposed to parental substance misuse; grandparents provide a protective network.",
            "No evidence of significant harm; the family's needs can be met by universal and early help services."};
    private static final String[] DELAYS = {
            "Family unavailable for three weeks; the child was seen on return",
            "Awaiting information from health and the police",
            "Worker absence; reallocated within the team",
            "Interpreter needed for the parents; booking took time",
            "New information led to further enquiries with the school"};

    private SyntheticAssessments() {
    }

    /**
     * @param workers   usernames of the social workers who start and write the assessments
     * @param managers  usernames of the team managers who authorise them (never a worker)
     * @param enquiries the child protection the demo loads, so its children's assessments lead to a plan
     */
    static List<HistoricAssessment> generate(DemoSpecification spec, List<HistoricContact> contacts, List<HistoricEnquiry> enquiries,
                                             List<String> workers, List<String> managers, WorkingDayCalendar calendar) {
        if (workers.isEmpty() || managers.isEmpty()) {
            return List.of();
        }
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0xA55E55L);
        LocalDate today = spec.today();
        List<HistoricContact> referrals = contacts.stream().filter(c -> c.referral() != null).toList();
        Map<UUID, List<HistoricContact>> byChild = new HashMap<>();
        referrals.forEach(r -> byChild.computeIfAbsent(r.contact().personId(), k -> new ArrayList<>()).add(r));
        Set<UUID> protectedChildren = new HashSet<>();
        enquiries.forEach(e -> protectedChildren.add(e.personId()));
        List<HistoricAssessment> result = new ArrayList<>();
        for (HistoricContact r : referrals) {
            if (r.referral().noFurtherAction()) {
                continue;   // closed at the referral stage: no assessment
            }
            HistoricAssessment a = assessment(r, byChild.get(r.contact().personId()), protectedChildren, workers, managers, random,
                    calendar, today);
            if (a != null) {
                result.add(a);
            }
        }
        return result;
    }

    private static HistoricAssessment assessment(HistoricContact r, List<HistoricContact> childsReferrals, Set<UUID> protectedChildren,
                                                 List<String> workers, List<String> managers, SplittableRandom random,
                                                 WorkingDayCalendar calendar, LocalDate today) {
        LocalDate referred = r.decision().decidedAt().toLocalDate();
        LocalDate closed = r.referral().closedOn();
        LocalDate start = calendar.addWorkingDays(referred, WorkingDays.of(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3)));
        if (!start.isBefore(today) || (closed != null && start.isAfter(closed)) || !onlyOpenReferral(r, childsReferrals, start)) {
            return null;   // not started yet, or (rarely) another of the child's referrals is open that day
        }
        // working days from the referral to the authorisation: on time mostly around 30, late up to 40 more
        int workingDays = random.nextDouble() < ON_TIME_SHARE
                ? 8 + (int) Math.round(37 * Math.pow(random.nextDouble(), 0.8))
                : 46 + (int) Math.round(40 * random.nextDouble() * random.nextDouble());
        LocalDate authorised = calendar.addWorkingDays(referred, WorkingDays.of(workingDays));
        if (closed != null && authorised.isAfter(closed)) {
            authorised = closed;   // the episode closed on the assessment's outcome
        }
        if (authorised.isBefore(start)) {
            authorised = start;
        }
        LocalDate submitted = latest(start, authorised.minusDays(random.nextInt(5)));
        String author = workers.get(random.nextInt(workers.size()));
        String manager = managers.get(random.nextInt(managers.size()));
        List<ChildSeen> seen = new ArrayList<>();
        LocalDate day = calendar.addWorkingDays(start, WorkingDays.of(random.nextInt(6)));
        for (int visit = 0; visit < 1 + random.nextInt(3) && !day.isAfter(submitted) && day.isBefore(today); visit++) {
            seen.add(new ChildSeen(day, random.nextInt(10) < 6));
            day = calendar.addWorkingDays(day, WorkingDays.of(3 + random.nextInt(10)));
        }
        Set<AssessmentFactor> factors = factors(random);
        AssessmentOutcome outcome = outcome(r, protectedChildren, factors);
        LocalDate review = random.nextInt(10) < 3 ? calendar.addWorkingDays(start, WorkingDays.of(15 + random.nextInt(10))) : null;
        if (review != null && (review.isAfter(submitted) || !review.isBefore(today))) {
            review = null;
        }
        String words = seen.isEmpty() ? null : WORDS[random.nextInt(WORDS.length)];
        String analysis = outcome == AssessmentOutcome.NO_FURTHER_ACTION ? ANALYSES[ANALYSES.length - 1]
                : ANALYSES[random.nextInt(ANALYSES.length - 1)];
        if (!authorised.isBefore(today)) {
            // still with the worker, or with a manager since it was submitted
            boolean withManager = submitted.isBefore(today) && random.nextInt(4) == 0;
            return new HistoricAssessment(r.contact().personId(), start, author, null, seen, words,
                    withManager ? factors : Set.of(), withManager ? analysis : null, withManager ? outcome : null, review,
                    withManager ? submitted : null, null, null, null, null);
        }
        // a reason from the 45th working day on: the load ignores it when the assessment was in fact on time
        boolean late = authorised.isAfter(calendar.addWorkingDays(referred, WorkingDays.of(44)));
        return new HistoricAssessment(r.contact().personId(), start, author, null, seen, words, factors, analysis, outcome, review,
                submitted, manager, "Analysis is evidenced and supports the outcome", authorised,
                late ? DELAYS[random.nextInt(DELAYS.length)] : null);
    }

    /**
     * Whether {@code r} is the CIN episode the front door finds open on {@code day} (its latest referral open that day,
     * {@code CinEpisodes.openOn}): no other referral of the child's from the same day up to {@code day} is open then.
     */
    private static boolean onlyOpenReferral(HistoricContact r, List<HistoricContact> childsReferrals, LocalDate day) {
        LocalDate referred = r.decision().decidedAt().toLocalDate();
        return childsReferrals.stream().filter(o -> o != r).noneMatch(o -> {
            LocalDate other = o.decision().decidedAt().toLocalDate();
            return !other.isBefore(referred) && !other.isAfter(day)
                    && (o.referral().closedOn() == null || !o.referral().closedOn().isBefore(day));
        });
    }

    private static AssessmentOutcome outcome(HistoricContact r, Set<UUID> protectedChildren, Set<AssessmentFactor> factors) {
        ReasonForClosure reason = r.referral().reason();
        if (protectedChildren.contains(r.contact().personId()) || r.decision().outcome() == ContactOutcome.STRATEGY_DISCUSSION) {
            return AssessmentOutcome.CIN_PLAN;
        }
        if (reason == ReasonForClosure.RC8 || factors.contains(AssessmentFactor.F21)) {
            return AssessmentOutcome.NO_FURTHER_ACTION;
        }
        return reason == ReasonForClosure.RC9 ? AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP : AssessmentOutcome.CIN_PLAN;
    }

    /** Each factor by its national chance; none identified is "21 No factors identified". */
    private static Set<AssessmentFactor> factors(SplittableRandom random) {
        Set<AssessmentFactor> picked = EnumSet.noneOf(AssessmentFactor.class);
        FACTORS.forEach((factor, chance) -> {
            if (random.nextDouble() < chance) picked.add(factor);
        });
        return picked.isEmpty() ? Set.of(AssessmentFactor.F21) : picked;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Map<AssessmentFactor, Double> factors(Object... pairs) {
        Map<AssessmentFactor, Double> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((AssessmentFactor) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }
}
