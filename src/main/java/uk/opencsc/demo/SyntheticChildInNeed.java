package uk.opencsc.demo;

import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.childinneed.BedroomSeen;
import uk.opencsc.childinneed.CinPlanEndReason;
import uk.opencsc.childinneed.CinReviewDecision;
import uk.opencsc.childinneed.HistoricCinPlan;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.protection.HistoricEnquiry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic authority's child in need plans over the last year, on the referrals its front door opened: about a
 * third of referrals lead to a plan (a large city's ~10,000 referrals a year give ~3,300 plans; DfE Characteristics
 * of children in need: ~400,000 children in need at 31 March in England). A plan starts when the assessment would
 * have finished (10 to 45 working days after the referral), is reviewed about every 3 months and visited about
 * every 20 working days, a few visits and reviews late and some open plans' visits overdue today, so the clocks
 * and trays have something to show. It ends when its CIN episode closed. Children with a section 47 enquiry are
 * left to child protection, so no plan runs beside a child protection plan. Deterministic for a seed.
 */
final class SyntheticChildInNeed {

    static final double PLAN_SHARE_OF_REFERRALS = 1.0 / 3;

    private static final String[] NEEDS = {
            """
            Mum to attend the domestic abuse programme by the end of next month (Mum, Women's Aid).
            School attendance above 90% by the end of term (school, family support worker).""",
            """
            Home conditions safe and clean, checked at each visit (parents, social worker).
            Health visitor appointments kept; baby's weight back on track within 8 weeks (parents, health visitor).""",
            """
            Young carer assessment completed and respite in place within 6 weeks (social worker, carers' service).
            Dad's mental health support restarted with the GP this month (Dad, GP).""",
            """
            Short breaks in place for the child's disability within 8 weeks (disabled children's team).
            Parents supported with sleep and behaviour routines (family support worker)."""};
    private static final String[] VIEWS = {"Things are calmer at home", "I like going to the youth club", "I miss my dad",
            "School is better now", null, null};
    private static final String[] OBSERVATIONS = {"Home warm and tidy; food in the cupboards", "Child relaxed with mum",
            "Parents engaged and honest about the difficulties", null};

    private SyntheticChildInNeed() {
    }

    /**
     * @param contacts    the front door's contacts, as loaded
     * @param enquiries   the section 47 enquiries, as loaded: their children get no child in need plan here
     * @param workerNames the social workers who lead plans and visit
     */
    static List<HistoricCinPlan> generate(DemoSpecification spec, List<HistoricContact> contacts, List<HistoricEnquiry> enquiries,
                                          List<String> workerNames, WorkingDayCalendar calendar) {
        if (workerNames.isEmpty()) {
            return List.of();
        }
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0xC17L);
        LocalDate today = spec.today();
        Set<UUID> onProtection = new HashSet<>();
        enquiries.forEach(e -> onProtection.add(e.personId()));
        // one referral per child keeps each plan in the one episode open on its start
        Map<UUID, Integer> referralsOf = new HashMap<>();
        List<HistoricContact> referrals = contacts.stream().filter(c -> c.referral() != null).toList();
        referrals.forEach(c -> referralsOf.merge(c.contact().personId(), 1, Integer::sum));
        int wanted = (int) Math.round(referrals.size() * PLAN_SHARE_OF_REFERRALS);
        List<HistoricCinPlan> plans = new ArrayList<>();
        for (HistoricContact c : referrals) {
            if (plans.size() >= wanted) break;
            UUID child = c.contact().personId();
            HistoricContact.ReferralHistory referral = c.referral();
            boolean closedAfterAssessmentWithoutPlan = referral.reason() == ReasonForClosure.RC8
                    || referral.reason() == ReasonForClosure.RC9 || referral.noFurtherAction();
            if (onProtection.contains(child) || referralsOf.get(child) > 1 || closedAfterAssessmentWithoutPlan) {
                continue;
            }
            LocalDate referred = c.decision().decidedAt().toLocalDate();
            LocalDate start = calendar.addWorkingDays(referred, WorkingDays.of(10 + random.nextInt(36)));
            LocalDate closed = referral.closedOn();
            if (!start.isBefore(today) || closed != null && !start.isBefore(closed)) {
                continue;   // the assessment is still going on, or the episode closed first
            }
            plans.add(plan(child, start, closed, referral.reason(), random, workerNames, calendar, today));
        }
        return plans;
    }

    private static HistoricCinPlan plan(UUID child, LocalDate start, LocalDate closed, ReasonForClosure closure,
                                        SplittableRandom random, List<String> workerNames, WorkingDayCalendar calendar,
                                        LocalDate today) {
        String lead = workerNames.get(random.nextInt(workerNames.size()));
        CinPlanEndReason endReason = closed == null ? null : switch (closure) {
            case RC5 -> CinPlanEndReason.MOVED_AWAY;
            case RC7 -> random.nextInt(10) < 7 ? CinPlanEndReason.NEEDS_MET : CinPlanEndReason.STEPPED_DOWN_TO_EARLY_HELP;
            default -> CinPlanEndReason.EPISODE_CLOSED;
        };
        LocalDate last = closed != null ? closed : today.minusDays(1);
        List<HistoricCinPlan.Review> reviews = new ArrayList<>();
        for (LocalDate d = reviewAfter(start, random); !d.isAfter(last); d = reviewAfter(d, random)) {
            reviews.add(new HistoricCinPlan.Review(d, random.nextInt(4) == 0 ? CinReviewDecision.CHANGE : CinReviewDecision.CONTINUE,
                    "Progress reviewed with the family and the school"));
        }
        if (endReason == CinPlanEndReason.NEEDS_MET && reviews.stream().noneMatch(r -> r.date().equals(closed))) {
            reviews.add(new HistoricCinPlan.Review(closed, CinReviewDecision.END, "Outcomes met; the family agrees the plan can end"));
        }
        // about one open plan in five has gone without a visit for 5 to 8 weeks: overdue on the trays today
        LocalDate stopVisiting = closed == null && random.nextInt(5) == 0
                ? today.minusDays(36 + random.nextInt(20)) : last;
        List<HistoricCinPlan.Visit> visits = new ArrayList<>();
        for (LocalDate d = calendar.addWorkingDays(start, WorkingDays.of(3 + random.nextInt(10))); !d.isAfter(stopVisiting);
             d = calendar.addWorkingDays(d, WorkingDays.of(random.nextInt(8) == 0 ? 21 + random.nextInt(10) : 12 + random.nextInt(8)))) {
            boolean seen = random.nextInt(12) > 0;
            boolean alone = seen && random.nextInt(10) < 6;
            BedroomSeen bedroom = !seen ? BedroomSeen.NOT_RELEVANT
                    : random.nextInt(10) < 6 ? BedroomSeen.YES : random.nextInt(2) == 0 ? BedroomSeen.NO : BedroomSeen.NOT_RELEVANT;
            visits.add(new HistoricCinPlan.Visit(d.atTime(LocalTime.of(9 + random.nextInt(8), 15 * random.nextInt(4))), seen, alone,
                    bedroom, seen ? VIEWS[random.nextInt(VIEWS.length)] : null, OBSERVATIONS[random.nextInt(OBSERVATIONS.length)],
                    lead));
        }
        return new HistoricCinPlan(child, start, lead, NEEDS[random.nextInt(NEEDS.length)], null, reviews, visits, closed,
                endReason);
    }

    /** The next review: 3 months on, most a little early, one in seven up to three weeks late. */
    private static LocalDate reviewAfter(LocalDate previous, SplittableRandom random) {
        return random.nextInt(7) == 0 ? previous.plusMonths(3).plusDays(1 + random.nextInt(21))
                : previous.plusMonths(3).minusDays(random.nextInt(10));
    }
}
