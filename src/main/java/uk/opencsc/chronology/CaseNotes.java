package uk.opencsc.chronology;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.SignedInUser;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.drafts.FormDrafts;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Case notes and their drafts for the signed-in user: every read is checked and audited once, every
 * write is checked, ruled on, optimistic-locked, audited field by field and sent to the chronology.
 */
@Service
class CaseNotes {

    static final String AUDIT_SUBJECT = "case-note";

    private final CaseNoteRepository notes;
    private final FormDrafts drafts;
    private final PersonLookup people;
    private final RecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseNotes(CaseNoteRepository notes, FormDrafts drafts, PersonLookup people, RecordAccess access,
              ApplicationEventPublisher events, Optional<Clock> clock) {
        this.notes = notes;
        this.drafts = drafts;
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    Instant now() {
        return clock.instant();
    }

    /** The current UK local time: notes are typed in it. */
    LocalDateTime ukNow() {
        return LocalDateTime.ofInstant(clock.instant(), CaseNoteRepository.UK);
    }

    String username() {
        return user().username();
    }

    private SignedInUser user() {
        return access.currentUser().orElseThrow(() -> new NotPermittedException("Sign in to record case notes"));
    }

    /** The child, checked for reading but not audited: for pages whose view is audited elsewhere. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary readable(UUID personId) {
        return people.readable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        PersonSummary child = readable(personId);
        access.checkWrite(child.facts());
        return child;
    }

    boolean mayWrite(PersonSummary child) {
        return access.mayWrite(child.facts());
    }

    /** The child's notes, newest first, audited as one view. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    List<CaseNote> list(PersonSummary child, CaseNoteType type) {
        events.publishEvent(new RecordViewed(child.id(), "case notes"));
        return notes.ofChild(child.id(), type);
    }

    /** One note with its addenda, audited as one view. */
    record NoteView(CaseNote note, List<CaseNote> addenda) {
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    NoteView view(PersonSummary child, UUID noteId) {
        CaseNote note = note(child, noteId);
        events.publishEvent(new RecordViewed(child.id(), "case note " + noteId));
        return new NoteView(note, notes.addendaTo(noteId));
    }

    CaseNote note(PersonSummary child, UUID noteId) {
        return notes.find(noteId).filter(n -> n.personId().equals(child.id()))
                .orElseThrow(() -> new NotFoundException("No case note " + noteId));
    }

    /**
     * Records a note by the signed-in user and drops their draft for the child.
     *
     * @throws CaseNoteRejected when the rules refuse it; nothing is written
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID record(UUID personId, CaseNoteDetails details) {
        PersonSummary child = writable(personId);
        SignedInUser user = user();
        List<NoteProblem> problems = CaseNoteRules.problems(details, user.role(), ukNow());
        if (!problems.isEmpty()) {
            throw new CaseNoteRejected(problems);
        }
        UUID id = UUID.randomUUID();
        Instant now = now();
        notes.insert(id, child.id(), details, null, user.username(), name(user), now);
        List<FieldChange> changes = new ArrayList<>();
        describe(details).forEach((field, value) -> {
            if (value != null) changes.add(new FieldChange(field, null, value));
        });
        events.publishEvent(new RecordChanged(AUDIT_SUBJECT, id.toString(), child.id(), changes));
        events.publishEvent(SignificantEvent.forRecord(id, 0, child.id(), instant(details.occurredAt()), kindOf(details),
                summary(details), link(child.id(), id), "chronology"));
        drafts.discard(draftKey(child.id()));
        return id;
    }

    /**
     * Changes a note: only its author, within 24 hours of recording it, and only if nobody saved it since
     * {@code version} was read.
     *
     * @throws NotPermittedException     when the note is not the user's or its edit window has closed
     * @throws CaseNoteChangedMeanwhile when it was saved meanwhile; nothing is written
     * @throws CaseNoteRejected         when the rules refuse the new text
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void update(UUID personId, UUID noteId, int version, CaseNoteDetails details) {
        PersonSummary child = writable(personId);
        SignedInUser user = user();
        CaseNote before = note(child, noteId);
        Optional<String> notEditable = before.whyNotEditable(user.username(), now());
        if (notEditable.isPresent()) {
            throw new NotPermittedException(notEditable.get());
        }
        if (before.isAddendum()) {
            throw new NotPermittedException("An addendum is not changed: add another addendum to the note.");
        }
        if (before.version() != version) {
            throw new CaseNoteChangedMeanwhile(before.updatedBy(), before.updatedAt(), before.version());
        }
        List<NoteProblem> problems = CaseNoteRules.problems(details, user.role(), ukNow());
        if (!problems.isEmpty()) {
            throw new CaseNoteRejected(problems);
        }
        if (!notes.update(noteId, version, details, user.username(), now())) {
            CaseNote now = note(child, noteId);
            throw new CaseNoteChangedMeanwhile(now.updatedBy(), now.updatedAt(), now.version());
        }
        Map<String, String> was = describe(before.details()), is = describe(details);
        List<FieldChange> changes = is.keySet().stream().filter(f -> !Objects.equals(was.get(f), is.get(f)))
                .map(f -> new FieldChange(f, was.get(f), is.get(f))).toList();
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged(AUDIT_SUBJECT, noteId.toString(), child.id(), changes));
            events.publishEvent(SignificantEvent.forRecord(noteId, version + 1, child.id(), instant(details.occurredAt()),
                    kindOf(details), summary(details), link(child.id(), noteId), "chronology"));
        }
    }

    /**
     * Adds an addendum to a note: the way a note is corrected or added to once it may no longer be changed.
     * It is dated now and keeps the original's type.
     *
     * @throws CaseNoteRejected when the text is empty
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID addAddendum(UUID personId, UUID noteId, String text) {
        PersonSummary child = writable(personId);
        SignedInUser user = user();
        CaseNote original = note(child, noteId);
        List<NoteProblem> problems = CaseNoteRules.addendumProblems(text);
        if (!problems.isEmpty()) {
            throw new CaseNoteRejected(problems);
        }
        UUID target = original.isAddendum() ? original.addendumTo() : original.id();
        CaseNote root = note(child, target);
        CaseNoteDetails addendum = new CaseNoteDetails(root.details().type(), ukNow().withSecond(0).withNano(0),
                "Addendum to: " + root.details().subject(), text, null, null, null, null, null);
        UUID id = UUID.randomUUID();
        notes.insert(id, child.id(), addendum, target, user.username(), name(user), now());
        events.publishEvent(new RecordChanged(AUDIT_SUBJECT, id.toString(), child.id(), List.of(
                new FieldChange("addendumTo", null, target.toString()), new FieldChange("text", null, text.strip()))));
        events.publishEvent(SignificantEvent.forRecord(id, 0, child.id(), now(), ChronologyKind.CASE_NOTE, addendumSummary(addendum),
                link(child.id(), target), "chronology"));
        return id;
    }

    /** Saves what the user has typed so far; a later save replaces it. Needs the right to write the record. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    Instant saveDraft(UUID personId, CaseNoteForm form) {
        PersonSummary child = writable(personId);
        return drafts.save(draftKey(child.id()), form);
    }

    Optional<FormDrafts.Draft<CaseNoteForm>> draft(UUID personId) {
        return drafts.find(draftKey(personId), CaseNoteForm.class);
    }

    @Transactional
    void discardDraft(UUID personId) {
        drafts.discard(draftKey(personId));
    }

    /** One draft of a new note per worker and child. */
    static String draftKey(UUID personId) {
        return "case-note:" + personId;
    }

    static ChronologyKind kindOf(CaseNoteDetails d) {
        return d.type() == CaseNoteType.MANAGEMENT_OVERSIGHT ? ChronologyKind.MANAGEMENT_DECISION : ChronologyKind.CASE_NOTE;
    }

    /** The chronology's line for a note: "Visit (child seen alone): Home visit after school". */
    static String summary(CaseNoteDetails d) {
        String seen = d.type() != CaseNoteType.VISIT || d.childSeen() == null ? ""
                : !d.childSeen() ? " (child not seen)" : Boolean.TRUE.equals(d.seenAlone()) ? " (child seen alone)" : " (child seen, not alone)";
        String decision = d.decision() == null ? "" : " — decision: " + d.decision();
        return d.type().label() + seen + ": " + d.subject() + decision;
    }

    private static String addendumSummary(CaseNoteDetails d) {
        return d.type().label() + ": " + d.subject();
    }

    private static String link(UUID personId, UUID noteId) {
        return "/children/" + personId + "/case-notes/" + noteId;
    }

    private static Instant instant(LocalDateTime ukTime) {
        return ukTime.atZone(CaseNoteRepository.UK).toInstant();
    }

    private static String name(SignedInUser user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }

    /** The note's fields as the audit log keeps them. */
    static Map<String, String> describe(CaseNoteDetails d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", d.type().label());
        m.put("occurredAt", d.occurredAt().toString());
        m.put("subject", d.subject());
        m.put("text", d.text());
        m.put("childSeen", d.childSeen() == null ? null : d.childSeen() ? "Yes" : "No");
        m.put("seenAlone", d.seenAlone() == null ? null : d.seenAlone() ? "Yes" : "No");
        m.put("childsWords", d.childsWords());
        m.put("decision", d.decision());
        m.put("rationale", d.rationale());
        return m;
    }
}
