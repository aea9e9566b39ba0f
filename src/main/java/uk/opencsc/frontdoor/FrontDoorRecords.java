package uk.opencsc.frontdoor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The front door for the signed-in user: every read is checked and audited once per page, every change is
 * checked against the record's write access and the front door's rules, optimistic-locked, audited with each
 * field's old and new value, and published as a domain event.
 */
@Service
class FrontDoorRecords {

    private final FrontDoorRepository repository;
    private final PersonLookup persons;
    private final RecordAccess access;
    private final ContactClocks clocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrontDoorRecords(FrontDoorRepository repository, PersonLookup persons, RecordAccess access, ContactClocks clocks,
                     ApplicationEventPublisher events, Optional<Clock> clock) {
        this.repository = repository;
        this.persons = persons;
        this.access = access;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    /** A contact with where its decision's clock stands. */
    record ContactRow(Contact contact, ContactClocks.DecisionClock clock) {
    }

    /** A referral with whether it came within 12 months of the child's previous one. */
    record ReferralRow(Referral referral, boolean reReferral) {
    }

    record FrontDoorView(PersonSummary person, List<ContactRow> contacts, List<ReferralRow> referrals,
                         List<EarlyHelpEpisode> earlyHelp, boolean mayWrite, boolean mayDecide) {
    }

    /** The child's front door page: audited as one view. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    FrontDoorView view(UUID personId) {
        PersonSummary person = readable(personId);
        events.publishEvent(new RecordViewed(personId, "front door"));
        LocalDate today = now().toLocalDate();
        List<ContactRow> contacts = repository.contactsOf(personId).stream()
                .map(c -> new ContactRow(c, clocks.of(c, person.dateOfBirth(), today))).toList();
        List<Referral> referrals = repository.referralsOf(personId);
        List<LocalDate> dates = referrals.stream().map(Referral::referralDate).toList();
        List<ReferralRow> rows = referrals.stream()
                .map(r -> new ReferralRow(r, FrontDoorRules.isReReferral(r.referralDate(), dates))).toList();
        boolean mayWrite = access.mayWrite(person.facts());
        return new FrontDoorView(person, contacts, rows, repository.earlyHelpOf(personId), mayWrite, mayWrite && mayDecide());
    }

    /** Checks read access without auditing a view: for forms whose page is audited by the front door page itself. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary readable(UUID personId) {
        return persons.readable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        return persons.writable(personId);
    }

    /** Whether the signed-in user's role may decide contacts (the form still shows to others, and refuses them by name). */
    boolean mayDecide() {
        return access.currentUser().map(u -> FrontDoorRules.DECIDERS.contains(u.role())).orElse(false);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    Contact contact(UUID personId, UUID contactId) {
        readable(personId);
        return repository.contact(contactId).filter(c -> c.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No contact " + contactId));
    }

    /** The contact in full (its reason, the child's words) for the decision form: audited as a view of the record. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    Contact viewContact(UUID personId, UUID contactId) {
        Contact contact = contact(personId, contactId);
        events.publishEvent(new RecordViewed(personId, "contact"));
        return contact;
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    Referral referral(UUID personId, UUID referralId) {
        readable(personId);
        return repository.referral(referralId).filter(r -> r.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No referral " + referralId));
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    EarlyHelpEpisode earlyHelp(UUID personId, UUID episodeId) {
        readable(personId);
        return repository.earlyHelp(episodeId).filter(e -> e.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No early help episode " + episodeId));
    }

    /** @throws RefusedException naming each field the rules refuse; nothing is written */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordContact(NewContact contact) {
        writable(contact.personId());
        RefusedException.refuseIfAny(FrontDoorRules.contact(contact, now()));
        UUID id = UUID.randomUUID();
        String actor = actor();
        repository.insertContact(id, contact, actor);
        events.publishEvent(new RecordChanged("contact", id.toString(), contact.personId(), List.of(
                change("receivedAt", null, contact.receivedAt()), change("source", null, contact.source().code()),
                change("contactName", null, contact.contactName()), change("contactAgency", null, contact.contactAgency()),
                change("reason", null, contact.reason()), change("consent", null, contact.consent().code()),
                change("consentNote", null, contact.consentNote()), change("childsVoice", null, contact.childsVoice()))));
        events.publishEvent(new ContactRecorded(id, contact.personId(), contact.receivedAt(), contact.source()));
        return id;
    }

    /**
     * Records the manager's decision. A referral (or strategy discussion) opens a referral dated the day of the
     * decision; early help opens an episode led by {@code earlyHelpLead}.
     *
     * @throws RefusedException         naming each field the rules refuse (a social worker deciding, no rationale...)
     * @throws ChangedMeanwhileException when the contact was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void decide(UUID personId, UUID contactId, int version, ContactDecision decision, String earlyHelpLead, PrimaryNeed primaryNeed) {
        PersonSummary person = writable(personId);
        Contact contact = contact(personId, contactId);
        Role role = access.currentUser().map(SignedInUser::role).orElse(null);
        List<FieldProblem> problems = new ArrayList<>(
                FrontDoorRules.decision(contact.receivedAt(), contact.decided(), decision, role, now()));
        if (decision.outcome() == ContactOutcome.EARLY_HELP && (earlyHelpLead == null || earlyHelpLead.isBlank())) {
            problems.add(new FieldProblem("earlyHelpLead", "Enter the lead organisation for early help"));
        }
        RefusedException.refuseIfAny(problems);
        String actor = actor();
        if (!repository.decide(contactId, version, decision, actor)) {
            Contact now = repository.contact(contactId).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        events.publishEvent(new RecordChanged("contact", contactId.toString(), personId, List.of(
                change("decision", null, decision.outcome().code()), change("decidedAt", null, decision.decidedAt()),
                change("rationale", null, decision.rationale()), change("decidedBy", null, actor))));
        Contact decided = repository.contact(contactId).orElseThrow();
        int late = clocks.of(decided, person.dateOfBirth(), now().toLocalDate()).workingDaysLate();
        events.publishEvent(new ContactDecided(contactId, personId, contact.receivedAt(), decision.decidedAt(),
                decision.outcome(), decision.rationale(), actor, late));
        LocalDate on = decision.decidedAt().toLocalDate();
        if (decision.outcome().opensReferral()) {
            openReferral(personId, contactId, on, contact.source(), primaryNeed, actor);
        } else if (decision.outcome() == ContactOutcome.EARLY_HELP) {
            openEarlyHelp(personId, contactId, null, on, earlyHelpLead, null, contact.reason(), actor);
        }
    }

    /**
     * Records a referral that came to children's social care directly, not through a recorded contact.
     *
     * @throws RefusedException naming the field (a referral dated in the future)
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordReferral(UUID personId, LocalDate date, ReferralSource source, PrimaryNeed primaryNeed) {
        writable(personId);
        RefusedException.refuseIfAny(FrontDoorRules.referral(date, now().toLocalDate()));
        return openReferral(personId, null, date, source, primaryNeed, actor());
    }

    /**
     * Closes the referral's CIN episode.
     *
     * @throws RefusedException         naming the field (a closure before the referral...)
     * @throws ChangedMeanwhileException when the referral was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void closeReferral(UUID personId, UUID referralId, int version, LocalDate closureDate, ReasonForClosure reason,
                       boolean noFurtherAction, PrimaryNeed primaryNeed) {
        writable(personId);
        Referral referral = referral(personId, referralId);
        RefusedException.refuseIfAny(FrontDoorRules.closure(referral.referralDate(), !referral.open(), closureDate, reason, now().toLocalDate()));
        String actor = actor();
        if (!repository.closeReferral(referralId, version, closureDate, reason, noFurtherAction, primaryNeed, actor)) {
            Referral now = repository.referral(referralId).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        List<FieldChange> changes = new ArrayList<>(List.of(change("closureDate", null, closureDate),
                change("reasonForClosure", null, reason.code()),
                change("noFurtherAction", String.valueOf(referral.noFurtherAction()), noFurtherAction)));
        if (primaryNeed != null && primaryNeed != referral.primaryNeed()) {
            changes.add(change("primaryNeed", referral.primaryNeed() == null ? null : referral.primaryNeed().code(), primaryNeed.code()));
        }
        events.publishEvent(new RecordChanged("referral", referralId.toString(), personId, changes));
        events.publishEvent(new CinEpisodeClosed(referralId, personId, referral.referralDate(), closureDate, reason, noFurtherAction));
    }

    /**
     * Opens an early help episode; {@code steppedDownFrom} names the closed referral when it is a step down.
     *
     * @throws RefusedException naming the field
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID startEarlyHelp(UUID personId, LocalDate start, String lead, String worker, String reason, UUID steppedDownFrom) {
        writable(personId);
        if (steppedDownFrom != null) {
            referral(personId, steppedDownFrom);
        }
        RefusedException.refuseIfAny(FrontDoorRules.earlyHelpStart(start, lead, reason, now().toLocalDate()));
        return openEarlyHelp(personId, null, steppedDownFrom, start, lead, worker, reason, actor());
    }

    /**
     * Ends an early help episode. Stepped up, it opens a referral on the end date from early help (source 5D).
     *
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when the episode was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void endEarlyHelp(UUID personId, UUID episodeId, int version, LocalDate end, EarlyHelpEndReason reason) {
        writable(personId);
        EarlyHelpEpisode episode = earlyHelp(personId, episodeId);
        RefusedException.refuseIfAny(FrontDoorRules.earlyHelpEnd(episode.startDate(), !episode.open(), end, now().toLocalDate()));
        String actor = actor();
        UUID referral = null;
        if (reason == EarlyHelpEndReason.STEPPED_UP) {
            // the referral first, so the episode can name it; a conflict below rolls both back
            referral = UUID.randomUUID();
            repository.insertReferral(referral, personId, null, end, ReferralSource.LA_EARLY_HELP, null, actor);
        }
        if (!repository.endEarlyHelp(episodeId, version, end, reason, referral, actor)) {
            EarlyHelpEpisode now = repository.earlyHelp(episodeId).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        events.publishEvent(new RecordChanged("early-help-episode", episodeId.toString(), personId, List.of(
                change("endDate", null, end), change("endReason", null, reason.code()))));
        events.publishEvent(new EarlyHelpEnded(episodeId, personId, end, reason, referral));
        if (referral != null) {
            announceReferral(referral, personId, null, end, ReferralSource.LA_EARLY_HELP, null, episodeId);
        }
    }

    private UUID openReferral(UUID personId, UUID contactId, LocalDate date, ReferralSource source, PrimaryNeed need, String actor) {
        UUID id = UUID.randomUUID();
        repository.insertReferral(id, personId, contactId, date, source, need, actor);
        announceReferral(id, personId, contactId, date, source, need, null);
        return id;
    }

    private void announceReferral(UUID id, UUID personId, UUID contactId, LocalDate date, ReferralSource source,
                                  PrimaryNeed need, UUID fromEarlyHelp) {
        events.publishEvent(new RecordChanged("referral", id.toString(), personId, List.of(
                change("referralDate", null, date), change("source", null, source.code()),
                change("primaryNeed", null, need == null ? null : need.code()),
                change("contactId", null, contactId), change("steppedUpFrom", null, fromEarlyHelp))));
        List<LocalDate> others = repository.referralsOf(personId).stream().filter(r -> !r.id().equals(id))
                .map(Referral::referralDate).toList();
        events.publishEvent(new ReferralAccepted(id, personId, date, source, contactId,
                FrontDoorRules.isReReferral(date, others), fromEarlyHelp));
    }

    private UUID openEarlyHelp(UUID personId, UUID contactId, UUID steppedDownFrom, LocalDate start, String lead,
                               String worker, String reason, String actor) {
        UUID id = UUID.randomUUID();
        repository.insertEarlyHelp(id, personId, contactId, steppedDownFrom, start, lead, worker, reason, actor);
        events.publishEvent(new RecordChanged("early-help-episode", id.toString(), personId, List.of(
                change("startDate", null, start), change("leadOrganisation", null, lead), change("workerName", null, worker),
                change("reason", null, reason), change("contactId", null, contactId),
                change("steppedDownFrom", null, steppedDownFrom))));
        events.publishEvent(new EarlyHelpStarted(id, personId, start, lead.trim(), steppedDownFrom));
        return id;
    }

    private static FieldChange change(String field, String old, Object now) {
        return new FieldChange(field, old, now == null ? null : Objects.toString(now));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
