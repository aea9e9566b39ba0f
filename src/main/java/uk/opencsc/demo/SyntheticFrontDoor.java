package uk.opencsc.demo;

import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.frontdoor.Consent;
import uk.opencsc.frontdoor.ContactDecision;
import uk.opencsc.frontdoor.ContactOutcome;
import uk.opencsc.frontdoor.EarlyHelpEndReason;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.NewContact;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.frontdoor.ReasonForClosure;
import uk.opencsc.frontdoor.ReferralSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The synthetic authority's front door over the last year: contacts about its children, each decided (mostly
 * within the working day, some late, the most recent not yet) and what the decisions opened.
 * <p>
 * Rates are a large English city's, scaled by the record's size: about 35,000 contacts and 10,000 referrals a
 * year for 60,000 persons (DfE Characteristics of children in need: ~650,000 referrals a year in England,
 * ~22% re-referrals; contacts run at three to four times referrals). Deterministic for a seed.
 */
final class SyntheticFrontDoor {

    static final int CONTACTS_PER_YEAR_AT_60000 = 35_000;
    static final int DAYS = 365;

    private static final Weighted<ReferralSource> SOURCES = Weighted.of(weights(
            ReferralSource.POLICE, 28.0, ReferralSource.SCHOOLS, 18.0, ReferralSource.EDUCATION_SERVICES, 2.0,
            ReferralSource.GP, 3.0, ReferralSource.HEALTH_VISITOR, 3.0, ReferralSource.ACCIDENT_AND_EMERGENCY, 3.0,
            ReferralSource.OTHER_HEALTH, 6.0, ReferralSource.FAMILY, 6.0, ReferralSource.SELF, 1.0,
            ReferralSource.ACQUAINTANCE, 2.0, ReferralSource.HOUSING, 2.0, ReferralSource.LA_SOCIAL_CARE, 4.0,
            ReferralSource.LA_EARLY_HELP, 3.0, ReferralSource.OTHER_LEGAL_AGENCY, 3.0, ReferralSource.OTHER, 5.0,
            ReferralSource.ANONYMOUS, 3.0, ReferralSource.UNKNOWN, 8.0));
    // referral and strategy together ~29%: 10,000 referrals from 35,000 contacts
    private static final Weighted<ContactOutcome> OUTCOMES = Weighted.of(weights(
            ContactOutcome.NO_FURTHER_ACTION, 24.0, ContactOutcome.ADVICE_AND_INFORMATION, 26.0,
            ContactOutcome.EARLY_HELP, 21.0, ContactOutcome.REFERRAL_TO_SOCIAL_CARE, 25.0,
            ContactOutcome.STRATEGY_DISCUSSION, 4.0));
    private static final Weighted<PrimaryNeed> NEEDS = Weighted.of(weights(
            PrimaryNeed.N1, 57.0, PrimaryNeed.N2, 4.0, PrimaryNeed.N3, 3.0, PrimaryNeed.N4, 8.0, PrimaryNeed.N5, 16.0,
            PrimaryNeed.N6, 2.0, PrimaryNeed.N7, 1.0, PrimaryNeed.N8, 3.0, PrimaryNeed.N9, 4.0, PrimaryNeed.N0, 2.0));
    private static final Weighted<ReasonForClosure> CLOSURES = Weighted.of(weights(
            ReasonForClosure.RC8, 38.0, ReasonForClosure.RC7, 35.0, ReasonForClosure.RC9, 17.0, ReasonForClosure.RC5, 6.0,
            ReasonForClosure.RC6, 2.0, ReasonForClosure.RC3, 1.0, ReasonForClosure.RC4, 1.0));
    private static final Weighted<EarlyHelpEndReason> EARLY_HELP_ENDS = Weighted.of(weights(
            EarlyHelpEndReason.OUTCOMES_MET, 70.0, EarlyHelpEndReason.DECLINED, 20.0, EarlyHelpEndReason.MOVED_AWAY, 10.0));
    private static final String[] REASONS = {
            "Police attended a domestic incident at the home; the child was present",
            "School saw a bruise on the child's arm; the child gave different accounts of it",
            "Child missed school repeatedly and was seen with older young people in the evening",
            "Parent asked for help with the child's behaviour at home",
            "Health visitor worried about the home conditions and the baby's weight",
            "Neighbour heard shouting and the children crying late at night",
            "Parent's mental health has worsened; the children are caring for them",
            "A&E attendance for an injury whose explanation did not fit",
            "Family struggling with debt and facing eviction"};
    private static final String[] VOICES = {
            "I don't want to go home tonight", "I like my school and my teacher", "Mum is sad a lot",
            "I look after my little brother", null, null, null};
    private static final String[] HUBS = {"North Family Hub", "South Family Hub", "Central Family Hub", "Youth Service"};

    private SyntheticFrontDoor() {
    }

    /**
     * @param children the record ids of the children with their dates of birth, in a stable order
     * @param managers usernames of team managers who decide contacts
     */
    static List<HistoricContact> generate(DemoSpecification spec, List<Child> children, List<String> managers,
                                          WorkingDayCalendar calendar) {
        if (children.isEmpty() || managers.isEmpty()) {
            return List.of();
        }
        SplittableRandom random = new SplittableRandom(spec.seed() ^ 0x5eedF00dL);
        int count = (int) Math.round((double) CONTACTS_PER_YEAR_AT_60000 * spec.scale() / 60_000);
        LocalDate today = spec.today();
        List<HistoricContact> contacts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = today.minusDays(1 + random.nextInt(DAYS));
            Child child = children.get(random.nextInt(children.size()));
            if (child.dateOfBirth() == null || child.dateOfBirth().isAfter(day)) {
                continue;   // not born yet on that day: a contact a few fewer
            }
            LocalDateTime received = day.atTime(LocalTime.of(8 + random.nextInt(10), random.nextInt(60)));
            ReferralSource source = SOURCES.pick(random);
            boolean professional = source != ReferralSource.FAMILY && source != ReferralSource.SELF
                    && source != ReferralSource.ACQUAINTANCE && source != ReferralSource.ANONYMOUS;
            double consent = random.nextDouble();
            Consent c = consent < 0.8 ? Consent.GIVEN : consent < 0.95 ? Consent.NOT_NEEDED : Consent.REFUSED;
            String note = c == Consent.GIVEN ? null : c == Consent.NOT_NEEDED
                    ? "Seeking consent could place the child at risk of significant harm"
                    : "Parent refused; shared because the child may be at risk of significant harm";
            NewContact contact = new NewContact(child.id(), received, source,
                    source == ReferralSource.ANONYMOUS ? "Anonymous caller" : professional ? "Duty officer" : "Caller",
                    professional ? source.label().replaceAll(" –.*", "") : null,
                    REASONS[random.nextInt(REASONS.length)], c, note, VOICES[random.nextInt(VOICES.length)]);
            contacts.add(decided(contact, random, managers, calendar, today));
        }
        return oneEpisodeAtATime(contacts, new SplittableRandom(spec.seed() ^ 0xC105EDL));
    }

    /**
     * A child has one CIN episode open at a time, as at a real front door: a referral accepted while the child's
     * previous episode was still open closes that episode the day before (with its own reason, or one drawn if it had
     * none yet), so the census shows consecutive episodes, never two open or overlapping (DfE rules 8815, 8816, 8820).
     * A second referral on the day of the first is the same referral: that contact is left out.
     */
    static List<HistoricContact> oneEpisodeAtATime(List<HistoricContact> contacts, SplittableRandom random) {
        List<Integer> referrals = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).referral() != null) {
                referrals.add(i);
            }
        }
        referrals.sort(Comparator.comparing((Integer i) -> contacts.get(i).decision().decidedAt()));
        List<HistoricContact> result = new ArrayList<>(contacts);
        Map<UUID, Integer> latest = new HashMap<>();
        Set<Integer> dropped = new HashSet<>();
        for (int i : referrals) {
            HistoricContact next = result.get(i);
            LocalDate referred = next.decision().decidedAt().toLocalDate();
            Integer previousAt = latest.get(next.contact().personId());
            if (previousAt != null) {
                HistoricContact previous = result.get(previousAt);
                HistoricContact.ReferralHistory episode = previous.referral();
                LocalDate previousReferred = previous.decision().decidedAt().toLocalDate();
                if (episode.closedOn() == null || !episode.closedOn().isBefore(referred)) {
                    if (!previousReferred.isBefore(referred)) {
                        dropped.add(i);
                        continue;
                    }
                    ReasonForClosure reason = episode.reason() != null ? episode.reason() : CLOSURES.pick(random);
                    result.set(previousAt, new HistoricContact(previous.contact(), previous.decision(), previous.decidedBy(),
                            new HistoricContact.ReferralHistory(episode.primaryNeed(), referred.minusDays(1), reason,
                                    episode.noFurtherAction() && reason == ReasonForClosure.RC8), previous.earlyHelp()));
                }
            }
            latest.put(next.contact().personId(), i);
        }
        List<HistoricContact> kept = new ArrayList<>(result.size() - dropped.size());
        for (int i = 0; i < result.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(result.get(i));
            }
        }
        return kept;
    }

    /** A child the front door can receive contacts about; dateOfBirth null when unborn. */
    record Child(UUID id, LocalDate dateOfBirth) {
    }

    private static HistoricContact decided(NewContact contact, SplittableRandom random, List<String> managers,
                                           WorkingDayCalendar calendar, LocalDate today) {
        LocalDate received = contact.receivedAt().toLocalDate();
        // ~88% on the day or by the next working day; the rest 2-6 working days late, so clocks have something to show
        LocalDate decidedOn = random.nextDouble() < 0.88
                ? (random.nextBoolean() ? received : calendar.addWorkingDays(received, WorkingDays.of(1)))
                : calendar.addWorkingDays(received, WorkingDays.of(2 + random.nextInt(5)));
        if (!decidedOn.isBefore(today)) {
            return new HistoricContact(contact, null, null, null, null);   // still waiting: due or overdue today
        }
        LocalDateTime decidedAt = decidedOn.equals(received)
                ? contact.receivedAt().plusMinutes(30 + random.nextInt(180))
                : decidedOn.atTime(9 + random.nextInt(8), random.nextInt(60));
        ContactOutcome outcome = OUTCOMES.pick(random);
        ContactDecision decision = new ContactDecision(outcome, decidedAt, rationale(outcome));
        String manager = managers.get(random.nextInt(managers.size()));
        HistoricContact.ReferralHistory referral = null;
        HistoricContact.EarlyHelpHistory earlyHelp = null;
        if (outcome.opensReferral()) {
            LocalDate closed = decidedOn.plusDays(20 + random.nextInt(300));
            boolean stillOpen = !closed.isBefore(today) || random.nextDouble() < 0.25;
            ReasonForClosure reason = stillOpen ? null : CLOSURES.pick(random);
            referral = new HistoricContact.ReferralHistory(NEEDS.pick(random), stillOpen ? null : closed, reason,
                    !stillOpen && reason == ReasonForClosure.RC8 && random.nextDouble() < 0.3);
        } else if (outcome == ContactOutcome.EARLY_HELP) {
            LocalDate ended = decidedOn.plusDays(60 + random.nextInt(240));
            boolean open = !ended.isBefore(today);
            earlyHelp = new HistoricContact.EarlyHelpHistory(HUBS[random.nextInt(HUBS.length)], null,
                    open ? null : ended, open ? null : EARLY_HELP_ENDS.pick(random));
        }
        return new HistoricContact(contact, decision, manager, referral, earlyHelp);
    }

    private static String rationale(ContactOutcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "No role for children's social care; the referrer was told";
            case ADVICE_AND_INFORMATION -> "Universal services can meet the need; advice given to the referrer";
            case EARLY_HELP -> "Needs can be met by early help with the family's consent";
            case REFERRAL_TO_SOCIAL_CARE -> "The child may be in need; a child and family assessment is needed";
            case STRATEGY_DISCUSSION -> "Reasonable cause to suspect significant harm; strategy discussion today";
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, Double> weights(Object... pairs) {
        Map<T, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((T) pairs[i], (Double) pairs[i + 1]);
        }
        return m;
    }
}
