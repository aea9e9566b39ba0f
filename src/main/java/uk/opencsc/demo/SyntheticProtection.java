package uk.opencsc.demo;

import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.frontdoor.ContactOutcome;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.protection.AbuseCategory;
import uk.opencsc.protection.Agency;
import uk.opencsc.protection.ConferenceOutcome;
import uk.opencsc.protection.HistoricEnquiry;
import uk.opencsc.protection.Section47Outcome;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic authority's child protection over the last year, on the referrals its front door opened: about
 * 2,000 section 47 enquiries and 700 initial conferences a year for 60,000 persons (a large English city's rates;
 * DfE Characteristics of children in need: ~200,000 s47 enquiries, ~80,000 ICPCs and ~50,000 children on a plan
 * in England), most conferences on time, most making a plan, plans with core groups, reviews and visits every
 * 10 working days or so. Deterministic for a seed.
 */
final class SyntheticProtection {

    static final int ENQUIRIES_PER_YEAR_AT_60000 = 2_000;
    static final double CONFERENCE_SHARE = 0.35;

    private static final Weighted<AbuseCategory> CATEGORIES = Weighted.of(
            AbuseCategory.NEG, 50.0, AbuseCategory.EMO, 36.0, AbuseCategory.PHY, 7.0, AbuseCategory.SAB, 4.0,
            AbuseCategory.MUL, 3.0);
    private static final String[] RATIONALES = {
            "Injury to the child not explained by the parents; joint enquiry with the police",
            "Disclosure by the child of physical harm at home",
            "Domestic abuse incidents escalating with the children present",
            "Neglect of a young child: home conditions and missed health appointments",
            "Concern the child is being sexually exploited"};
    private static final String[] VIEWS = {"I feel safer now", "I want to stay at home", "Mum is trying hard", null, null};

    private SyntheticProtection() {
    }

    static List<HistoricEnquiry> generate(DemoSpecification spec, List<HistoricContact> contacts, WorkingDayCalendar calendar) {
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0x547ACL);
        LocalDate today = spec.today();
        int wanted = (int) Math.round((double) ENQUIRIES_PER_YEAR_AT_60000 * spec.scale() / 60_000);
        // strategy discussion decisions first, then other referrals in a seeded order; one enquiry per child
        List<HistoricContact> referrals = new ArrayList<>(contacts.stream().filter(c -> c.referral() != null).toList());
        List<Double> keys = new ArrayList<>();
        referrals.forEach(r -> keys.add(random.nextDouble()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) order.add(i);
        order.sort(Comparator.<Integer>comparingInt(i -> referrals.get(i).decision().outcome() == ContactOutcome.STRATEGY_DISCUSSION ? 0 : 1)
                .thenComparingDouble(keys::get));
        Set<UUID> children = new HashSet<>();
        List<HistoricEnquiry> result = new ArrayList<>();
        for (int i : order) {
            if (result.size() >= wanted) break;
            HistoricContact c = referrals.get(i);
            if (!leadsToProtection(c)) {
                continue;
            }
            if (children.add(c.contact().personId())) {
                result.add(enquiry(c, random, calendar, today));
            }
        }
        return result;
    }

    /**
     * Whether child protection can have happened within this referral's episode: not one closed with no further action
     * (at the referral, or after the assessment: RC8) or stepped down to early help after the assessment (RC9), which
     * the DfE refuses beside any enquiry, conference or plan (rules 8831, 8832, 2990); nor one closed within
     * {@value #SHORTEST_EPISODE_WITH_ENQUIRY_DAYS} days, before an enquiry's conference could have been held in it.
     */
    static boolean leadsToProtection(HistoricContact c) {
        HistoricContact.ReferralHistory referral = c.referral();
        if (referral.noFurtherAction() || referral.reason() == ReasonForClosure.RC8 || referral.reason() == ReasonForClosure.RC9) {
            return false;
        }
        return referral.closedOn() == null
                || !referral.closedOn().isBefore(c.decision().decidedAt().toLocalDate().plusDays(SHORTEST_EPISODE_WITH_ENQUIRY_DAYS));
    }

    /** An enquiry's outcome and conference come within 25 working days of its start (5 weeks and bank holidays). */
    static final int SHORTEST_EPISODE_WITH_ENQUIRY_DAYS = 45;

    private static HistoricEnquiry enquiry(HistoricContact c, SplittableRandom random, WorkingDayCalendar calendar, LocalDate today) {
        // a plan ends at the latest when its CIN episode closes: nothing is recorded on a closed case (rule 8565)
        LocalDate closed = c.referral().closedOn();
        LocalDate episodeEnd = closed != null && closed.isBefore(today) ? closed : today;
        LocalDateTime held = c.decision().decidedAt();
        LocalDate start = held.toLocalDate();
        Set<Agency> agencies = random.nextInt(4) == 0 ? Set.of(Agency.POLICE, Agency.SOCIAL_CARE)
                : Set.of(Agency.POLICE, Agency.SOCIAL_CARE, Agency.HEALTH, Agency.EDUCATION);
        String rationale = RATIONALES[random.nextInt(RATIONALES.length)];
        LocalDate outcomeDate = calendar.addWorkingDays(start, WorkingDays.of(3 + random.nextInt(8)));
        if (outcomeDate.isAfter(today)) {
            return new HistoricEnquiry(c.contact().personId(), held, agencies, rationale, null, null, null, null, null, null,
                    null, null, null, null, null);
        }
        if (random.nextDouble() >= CONFERENCE_SHARE) {
            boolean substantiated = random.nextInt(3) == 0;
            return new HistoricEnquiry(c.contact().personId(), held, agencies, rationale,
                    substantiated ? Section47Outcome.SUBSTANTIATED_NO_ICPC : Section47Outcome.NOT_SUBSTANTIATED, outcomeDate,
                    substantiated ? "Risk managed through a child in need plan" : "Concerns not substantiated; family accepts support",
                    null, null, null, null, null, null, null, null);
        }
        LocalDate target = calendar.addWorkingDays(start, WorkingDays.of(15));
        LocalDate conference = random.nextInt(5) > 0
                ? calendar.addWorkingDays(start, WorkingDays.of(10 + random.nextInt(6)))
                : calendar.addWorkingDays(target, WorkingDays.of(1 + random.nextInt(10)));
        if (conference.isBefore(outcomeDate)) {
            conference = outcomeDate;
        }
        if (conference.isAfter(today)) {
            return new HistoricEnquiry(c.contact().personId(), held, agencies, rationale, Section47Outcome.SUBSTANTIATED_ICPC,
                    outcomeDate, null, null, null, null, null, null, null, null, null);
        }
        if (random.nextInt(100) >= 87) {
            return new HistoricEnquiry(c.contact().personId(), held, agencies, rationale, Section47Outcome.SUBSTANTIATED_ICPC,
                    outcomeDate, null, conference, ConferenceOutcome.NO_PLAN, Set.of(), null, null, null, null, null);
        }
        Set<AbuseCategory> categories = Set.of(CATEGORIES.pick(random));
        List<LocalDate> reviews = new ArrayList<>();
        LocalDate ended = null;
        LocalDate review = conference.plusMonths(3).minusDays(random.nextInt(10));
        while (!review.isAfter(episodeEnd)) {
            reviews.add(review);
            if (random.nextInt(10) == 0) {
                ended = review;
                break;
            }
            review = review.plusMonths(6).minusDays(random.nextInt(14));
        }
        if (ended == null && closed != null && closed.isBefore(today)) {
            ended = closed;   // the plan ended as the case closed
        }
        LocalDate last = ended != null ? ended : today;
        List<LocalDate> coreGroups = new ArrayList<>();
        for (LocalDate d = calendar.addWorkingDays(conference, WorkingDays.of(5 + random.nextInt(7))); !d.isAfter(last);
             d = d.plusWeeks(4 + random.nextInt(3))) {
            coreGroups.add(d);
        }
        List<HistoricEnquiry.Visit> visits = new ArrayList<>();
        for (LocalDate d = calendar.addWorkingDays(conference, WorkingDays.of(3 + random.nextInt(7))); !d.isAfter(last);
             d = calendar.addWorkingDays(d, WorkingDays.of(random.nextInt(10) == 0 ? 11 + random.nextInt(5) : 6 + random.nextInt(5)))) {
            boolean seen = random.nextInt(20) > 0;
            boolean alone = seen && random.nextInt(10) < 7;
            visits.add(new HistoricEnquiry.Visit(d, seen, alone, seen && random.nextInt(10) < 6,
                    seen ? VIEWS[random.nextInt(VIEWS.length)] : null));
        }
        return new HistoricEnquiry(c.contact().personId(), held, agencies, rationale, Section47Outcome.SUBSTANTIATED_ICPC,
                outcomeDate, null, conference, ConferenceOutcome.PLAN, categories, coreGroups, reviews, visits, ended,
                ended == null ? null : ended.equals(closed) && !reviews.contains(ended) ? "Ended as the case closed"
                        : "Ended at a review conference: risk reduced");
    }
}
