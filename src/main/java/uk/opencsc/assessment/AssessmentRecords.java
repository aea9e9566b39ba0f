package uk.opencsc.assessment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.frontdoor.Referral;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.platform.drafts.FormDrafts;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.timescales.Obligation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Child and family assessments for the signed-in user: every read is checked and audited once per page, every
 * change is checked against the record's write access and the assessment's own rules, optimistic-locked, audited
 * with each field's old and new value, and published as a domain event.
 */
@Service
class AssessmentRecords {

    /** Who may return or authorise an assessment: management oversight (Working Together). */
    static final Set<Role> AUTHORISERS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE);

    private final AssessmentRepository repository;
    private final PersonLookup persons;
    private final CinEpisodes cinEpisodes;
    private final RecordAccess access;
    private final AssessmentClocks clocks;
    private final ApplicationEventPublisher events;
    private final FormDrafts drafts;
    private final Clock clock;

    AssessmentRecords(AssessmentRepository repository, PersonLookup persons, CinEpisodes cinEpisodes, RecordAccess access,
                      AssessmentClocks clocks, FormDrafts drafts, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.drafts = drafts;
        this.repository = repository;
        this.persons = persons;
        this.cinEpisodes = cinEpisodes;
        this.access = access;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An assessment with where its 45-working-day clock stands today; {@code clock} null when none runs. */
    record AssessmentRow(ChildAndFamilyAssessment assessment, Obligation clock) {
    }

    record AssessmentsView(PersonSummary person, List<AssessmentRow> assessments, boolean mayWrite, boolean mayAuthorise) {
    }

    /** The child's assessments page: audited as one view. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    AssessmentsView view(UUID personId) {
        PersonSummary person = readable(personId);
        events.publishEvent(new RecordViewed(personId, "child and family assessments"));
        List<AssessmentRow> rows = repository.assessmentsOf(personId).stream()
                .map(a -> new AssessmentRow(a, clocks.obligation(personId, person.dateOfBirth(), a, today()).orElse(null))).toList();
        return new AssessmentsView(person, rows, access.mayWrite(person.facts()), mayAuthorise());
    }

    /** One assessment's page: audited as one view. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    AssessmentRow viewOne(UUID personId, UUID assessmentId) {
        PersonSummary person = readable(personId);
        events.publishEvent(new RecordViewed(personId, "child and family assessment"));
        ChildAndFamilyAssessment a = find(personId, assessmentId);
        return new AssessmentRow(a, clocks.obligation(personId, person.dateOfBirth(), a, today()).orElse(null));
    }

    boolean mayAuthorise() {
        return access.currentUser().map(u -> AUTHORISERS.contains(u.role())).orElse(false);
    }

    /** Checks read access without auditing a view: for forms. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary readable(UUID personId) {
        return persons.readable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        return persons.writable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    ChildAndFamilyAssessment assessment(UUID personId, UUID assessmentId) {
        readable(personId);
        return find(personId, assessmentId);
    }

    private ChildAndFamilyAssessment find(UUID personId, UUID assessmentId) {
        return repository.find(assessmentId).filter(a -> a.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No assessment " + assessmentId));
    }

    LocalDate dueDate(ChildAndFamilyAssessment a) {
        return clocks.dueDate(a.referralDate());
    }

    /**
     * Starts a draft assessment within the child's CIN episode open on {@code startDate}.
     *
     * @throws RefusedException naming {@code startDate} when no episode is open, or it is before the referral
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID start(UUID personId, LocalDate startDate) {
        writable(personId);
        Optional<Referral> episode = cinEpisodes.openOn(personId, startDate);
        RefusedException.refuseIfAny(AssessmentRules.start(startDate,
                episode.map(Referral::referralDate).orElse(null), today()));
        String actor = actor();
        ChildAndFamilyAssessment a = ChildAndFamilyAssessment.draft(personId, episode.get().id(),
                episode.get().referralDate(), startDate, actor);
        repository.insert(a, actor);
        events.publishEvent(new RecordChanged("child-and-family-assessment", a.id().toString(), personId, List.of(
                change("referralId", null, a.referralId()), change("startDate", null, startDate),
                change("author", null, actor), change("state", null, a.state()))));
        events.publishEvent(new AssessmentStarted(a.id(), personId, a.referralId(), startDate, clocks.dueDate(a.referralDate())));
        return a.id();
    }

    /**
     * Saves what the worker wrote, and submits it on {@code submitOn} unless that is null.
     *
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when the assessment was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void save(UUID personId, UUID assessmentId, int version, String worker, List<ChildSeen> childSeen,
              String childsWords, Set<AssessmentFactor> factors, String analysis, AssessmentOutcome outcome,
              LocalDate internalReviewDate, LocalDate submitOn) {
        writable(personId);
        ChildAndFamilyAssessment before = find(personId, assessmentId);
        if (before.version() != version) {
            throw changedMeanwhile(before);
        }
        ChildAndFamilyAssessment after = before.edit(worker, childSeen, childsWords, factors, analysis, outcome, internalReviewDate, today());
        if (submitOn != null) {
            if (submitOn.isAfter(today())) {
                throw new RefusedException("submittedOn", "Date of submission must be today or in the past");
            }
            after = after.submit(submitOn);
        }
        store(before, after, version);
        if (submitOn == null) {
            // what was typed is now the assessment itself: the worker's draft of it has done its job. Submitting
            // saves what is stored, so a draft with typing not yet saved is kept for the worker.
            drafts.discard(draftKey(assessmentId));
        }
        if (submitOn != null) {
            events.publishEvent(new AssessmentSubmitted(after.id(), personId, after.startDate(), after.submittedOn(), after.outcome()));
        }
    }

    /**
     * A manager returns a submitted assessment to its worker.
     *
     * @throws RefusedException naming the field (not a manager, not submitted, no reason)
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void returnToWorker(UUID personId, UUID assessmentId, int version, String reason) {
        writable(personId);
        refuseUnlessAuthoriser("returnReason", "returned");
        ChildAndFamilyAssessment before = find(personId, assessmentId);
        store(before, before.returnToWorker(reason), version);
    }

    /**
     * A manager authorises a submitted assessment on {@code date}; after its due date a reason for delay is needed.
     *
     * @throws RefusedException naming the field (its own author, no rationale, not submitted, no reason for delay)
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void authorise(UUID personId, UUID assessmentId, int version, String rationale, LocalDate date, String delayReason) {
        PersonSummary person = writable(personId);
        refuseUnlessAuthoriser("authorisedBy", "authorised");
        if (date.isAfter(today())) {
            throw new RefusedException("authorisationDate", "Authorisation date must be today or in the past");
        }
        ChildAndFamilyAssessment before = find(personId, assessmentId);
        ChildAndFamilyAssessment after = before.authorise(actor(), rationale, date)
                .withDelayReason(clocks.dueDate(before.referralDate()), delayReason);
        store(before, after, version);
        // an authorised assessment is never written again, so nobody's draft of it can be used
        drafts.discardEveryones(draftKey(assessmentId));
        events.publishEvent(after.authorised(clocks.workingDaysLate(personId, person.dateOfBirth(), after)));
    }

    private void refuseUnlessAuthoriser(String field, String what) {
        if (!mayAuthorise()) {
            throw new RefusedException(field, "An assessment can only be " + what + " by a team manager or head of service");
        }
    }

    private void store(ChildAndFamilyAssessment before, ChildAndFamilyAssessment after, int version) {
        if (!repository.update(after, version, actor())) {
            throw changedMeanwhile(repository.find(before.id()).orElseThrow());
        }
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "worker", before.worker(), after.worker());
        diff(changes, "childSeen", seen(before), seen(after));
        diff(changes, "internalReviewDate", before.internalReviewDate(), after.internalReviewDate());
        diff(changes, "childsWords", before.childsWords(), after.childsWords());
        diff(changes, "factors", String.join(",", AssessmentRepository.codes(before)), String.join(",", AssessmentRepository.codes(after)));
        diff(changes, "analysis", before.analysis(), after.analysis());
        diff(changes, "outcome", before.outcome() == null ? null : before.outcome().code(), after.outcome() == null ? null : after.outcome().code());
        diff(changes, "state", before.state(), after.state());
        diff(changes, "submittedOn", before.submittedOn(), after.submittedOn());
        diff(changes, "returnReason", before.returnReason(), after.returnReason());
        diff(changes, "authorisedBy", before.authorisedBy(), after.authorisedBy());
        diff(changes, "rationale", before.rationale(), after.rationale());
        diff(changes, "authorisationDate", before.authorisationDate(), after.authorisationDate());
        diff(changes, "delayReason", before.delayReason(), after.delayReason());
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged("child-and-family-assessment", after.id().toString(), after.personId(), changes));
        }
    }

    /** "2025-03-04 alone, 2025-03-11" for the audit. */
    private static String seen(ChildAndFamilyAssessment a) {
        return a.childSeen().isEmpty() ? null
                : a.childSeen().stream().map(c -> c.on() + (c.alone() ? " alone" : "")).collect(Collectors.joining(", "));
    }

    // drafts

    /** One draft of the assessment form per worker and assessment. */
    static String draftKey(UUID assessmentId) {
        return "assessment:" + assessmentId;
    }

    /** Saves the signed-in worker's draft of the assessment form; they must be able to write the child's record. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    Instant saveDraft(UUID personId, UUID assessmentId, AssessmentForms.EditForm form) {
        writable(personId);
        find(personId, assessmentId);
        return drafts.save(draftKey(assessmentId), form);
    }

    Optional<FormDrafts.Draft<AssessmentForms.EditForm>> draft(UUID assessmentId) {
        return drafts.find(draftKey(assessmentId), AssessmentForms.EditForm.class);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    void discardDraft(UUID personId, UUID assessmentId) {
        writable(personId);
        drafts.discard(draftKey(assessmentId));
    }

    private static void diff(List<FieldChange> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.add(change(field, old == null ? null : old.toString(), now));
        }
    }

    private static ChangedMeanwhileException changedMeanwhile(ChildAndFamilyAssessment now) {
        return new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
    }

    private static FieldChange change(String field, String old, Object now) {
        return new FieldChange(field, old, now == null ? null : Objects.toString(now));
    }

    /** The signed-in user's name, or "system" for a load or job with none. */
    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
