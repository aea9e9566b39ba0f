package uk.opencsc.frontdoor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.database.RowsByPerson;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads many contacts at once, with their decisions and the referrals and early help they opened (the synthetic
 * local authority, a migration), with PostgreSQL's COPY. One transaction: every contact is checked by the same
 * rules as the forms first, and one bad contact loads nothing. The load is audited as one change. No domain
 * event is published per row: a load is history, not news. The children's chronologies get the entries the pages
 * would have made ({@link FrontDoorChronology}'s, from the same events) through {@link ChronologyBulkLoad}, in this
 * transaction.
 */
@Service
public class FrontDoorBulkLoad {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ContactClocks clocks;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrontDoorBulkLoad(DataSource dataSource, JdbcClient jdbc, ContactClocks clocks, ChronologyBulkLoad chronologyLoad,
                      ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int contacts, int referrals, int earlyHelpEpisodes) {
    }

    /**
     * @throws InvalidValueException naming the contact (by position) and the field when a contact breaks a rule;
     *                               nothing is loaded
     * @throws IllegalStateException when the database refuses a row (a person that does not exist), with
     *                               PostgreSQL's message; nothing is loaded
     */
    @Transactional
    public Summary load(List<HistoricContact> contacts) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < contacts.size(); i++) {
            check(i, contacts.get(i), now);
        }
        String actor = actor();
        Map<UUID, List<LocalDate>> referralDates = referralDates(contacts);
        CopyRows contactRows = new CopyRows("""
                contact (id, person_id, received_on, received_time, source, contact_name, contact_agency, reason, consent,
                consent_note, childs_voice, decision, decided_on, decided_time, rationale, decided_by, created_by, updated_by)""");
        CopyRows referralRows = new CopyRows("""
                referral (id, person_id, contact_id, referral_date, source, primary_need, no_further_action, closure_date,
                reason_for_closure, created_by, updated_by)""");
        CopyRows earlyHelpRows = new CopyRows("""
                early_help_episode (id, person_id, contact_id, start_date, lead_organisation, worker_name, reason, end_date,
                end_reason, created_by, updated_by)""");
        // the entries the pages would have made, from the same events (FrontDoorChronology's)
        List<SignificantEvent> chronology = new ArrayList<>();
        for (HistoricContact h : contacts) {
            NewContact c = h.contact();
            UUID id = UUID.randomUUID();
            ContactDecision d = h.decision();
            contactRows.add(id, c.personId(), c.receivedAt().toLocalDate(), c.receivedAt().toLocalTime(), c.source().code(),
                    c.contactName().trim(), trimmed(c.contactAgency()), c.reason().trim(), c.consent().code(),
                    trimmed(c.consentNote()), trimmed(c.childsVoice()),
                    d == null ? null : d.outcome().code(), d == null ? null : d.decidedAt().toLocalDate(),
                    d == null ? null : d.decidedAt().toLocalTime(), d == null ? null : d.rationale().trim(), h.decidedBy(),
                    actor, actor);
            chronology.add(FrontDoorChronology.entry(new ContactRecorded(id, c.personId(), c.receivedAt(), c.source())));
            if (d == null) {
                continue;
            }
            chronology.add(FrontDoorChronology.entry(new ContactDecided(id, c.personId(), c.receivedAt(), d.decidedAt(), d.outcome(),
                    d.rationale().trim(), h.decidedBy(),
                    clocks.decisionWorkingDaysLate(c.receivedAt().toLocalDate(), d.decidedAt().toLocalDate()))));
            LocalDate decidedOn = d.decidedAt().toLocalDate();
            if (h.referral() != null) {
                HistoricContact.ReferralHistory r = h.referral();
                UUID referralId = UUID.randomUUID();
                referralRows.add(referralId, c.personId(), id, decidedOn, c.source().code(),
                        r.primaryNeed() == null ? null : r.primaryNeed().code(), r.noFurtherAction(), r.closedOn(),
                        r.reason() == null ? null : r.reason().code(), actor, actor);
                chronology.add(FrontDoorChronology.entry(new ReferralAccepted(referralId, c.personId(), decidedOn, c.source(), id,
                        FrontDoorRules.isReReferral(decidedOn, referralDates.getOrDefault(c.personId(), List.of())), null)));
                if (r.closedOn() != null) {
                    chronology.add(FrontDoorChronology.entry(new CinEpisodeClosed(referralId, c.personId(), decidedOn, r.closedOn(),
                            r.reason(), r.noFurtherAction())));
                }
            }
            if (h.earlyHelp() != null) {
                HistoricContact.EarlyHelpHistory e = h.earlyHelp();
                UUID episodeId = UUID.randomUUID();
                earlyHelpRows.add(episodeId, c.personId(), id, decidedOn, e.leadOrganisation().trim(),
                        trimmed(e.workerName()), c.reason().trim(), e.endedOn(), e.endReason() == null ? null : e.endReason().code(),
                        actor, actor);
                chronology.add(FrontDoorChronology.entry(new EarlyHelpStarted(episodeId, c.personId(), decidedOn,
                        e.leadOrganisation().trim(), null)));
                if (e.endedOn() != null) {
                    chronology.add(FrontDoorChronology.entry(new EarlyHelpEnded(episodeId, c.personId(), e.endedOn(), e.endReason(), null)));
                }
            }
        }
        CopyRows.copyAll(dataSource, "the front door load", contactRows, referralRows, earlyHelpRows);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("frontdoor-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("contacts", null, String.valueOf(contacts.size())),
                new FieldChange("referrals", null, String.valueOf(referralRows.count())),
                new FieldChange("earlyHelpEpisodes", null, String.valueOf(earlyHelpRows.count())))));
        return new Summary(contacts.size(), referralRows.count(), earlyHelpRows.count());
    }

    /**
     * Each child's referral dates, recorded already or in the load, so a loaded referral is marked a re-referral
     * exactly as a recorded one is ({@link FrontDoorRules#isReReferral} looks only at earlier ones).
     */
    private Map<UUID, List<LocalDate>> referralDates(List<HistoricContact> contacts) {
        Set<UUID> persons = new HashSet<>();
        contacts.forEach(h -> persons.add(h.contact().personId()));
        Map<UUID, List<LocalDate>> dates = new HashMap<>(RowsByPerson.query(jdbc,
                "select person_id, referral_date from referral where person_id = any(:persons)", persons,
                (rs, n) -> rs.getObject("referral_date", LocalDate.class)));
        dates.replaceAll((person, recorded) -> new ArrayList<>(recorded));
        for (HistoricContact h : contacts) {
            if (h.referral() != null) {
                dates.computeIfAbsent(h.contact().personId(), p -> new ArrayList<>()).add(h.decision().decidedAt().toLocalDate());
            }
        }
        return dates;
    }

    private static void check(int index, HistoricContact h, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>(FrontDoorRules.contact(h.contact(), now));
        if (h.decision() != null) {
            problems.addAll(FrontDoorRules.decisionFacts(h.contact().receivedAt(), h.decision(), now));
            LocalDateTime decided = h.decision().decidedAt();
            if (h.referral() != null && h.referral().closedOn() != null) {
                problems.addAll(FrontDoorRules.closure(decided.toLocalDate(), false, h.referral().closedOn(), h.referral().reason(),
                        now.toLocalDate()));
            }
            if (h.earlyHelp() != null) {
                problems.addAll(FrontDoorRules.earlyHelpStart(decided.toLocalDate(), h.earlyHelp().leadOrganisation(),
                        h.contact().reason(), now.toLocalDate()));
                if (h.earlyHelp().endedOn() != null) {
                    problems.addAll(FrontDoorRules.earlyHelpEnd(decided.toLocalDate(), false, h.earlyHelp().endedOn(), now.toLocalDate()));
                }
            }
        }
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Contact " + (index + 1) + " (person " + h.contact().personId() + "): "
                    + first.message());
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
