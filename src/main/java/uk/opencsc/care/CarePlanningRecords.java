package uk.opencsc.care;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.access.Role;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.care.CarePlanningEvents.EscalationRaised;
import uk.opencsc.care.CarePlanningEvents.EscalationResolved;
import uk.opencsc.care.CarePlanningEvents.PermanencePlanAgreed;
import uk.opencsc.care.CarePlanningEvents.PermanencePlanEnded;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Care planning for the signed-in user: permanence plans and family time are written by those who may change the
 * child's record; the IRO's contacts and escalations only by an independent reviewing officer who may read it (the
 * IRO is independent of the team and writes nothing else). The planning page is audited as one view; every change is
 * checked by {@link CarePlanningRules}, audited field by field and published.
 */
@Service
class CarePlanningRecords {

    private final CarePlanningRepository repository;
    private final CareRepository care;
    private final PersonLookup persons;
    private final RecordAccess access;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarePlanningRecords(CarePlanningRepository repository, CareRepository care, PersonLookup persons, RecordAccess access,
                        WorkingDayCalendar calendar, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.repository = repository;
        this.care = care;
        this.persons = persons;
        this.access = access;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** An escalation as the page shows it, with the day a response is due and whether it is past it. */
    record EscalationRow(IroEscalation escalation, LocalDate responseDue, boolean overdue) {
    }

    /**
     * The planning page.
     *
     * @param permanenceDue the day the current period's permanence plan is due (the second review); null if not looked after
     * @param noPlanOverdue looked after past that day with no plan agreed in the period
     */
    record PlanningView(PersonSummary person, boolean lookedAfter, LocalDate permanenceDue, boolean noPlanOverdue,
                        List<PermanencePlan> currentPlans, List<PermanencePlan> pastPlans, List<IroContact> contacts,
                        List<EscalationRow> escalations, long openEscalations, List<FamilyTime> familyTime, boolean mayWrite,
                        boolean mayRecordAsIro) {
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PlanningView view(UUID personId) {
        PersonSummary person = persons.readable(personId);
        events.publishEvent(new RecordViewed(personId, "care-planning"));
        LocalDate today = today();
        List<PeriodOfCare> periods = care.periodsOf(personId);
        Optional<PeriodOfCare> open = periods.stream().filter(p -> p.open() && !p.shortBreaks()).findFirst();
        List<PermanencePlan> plans = repository.plansOf(personId);
        List<EscalationRow> escalations = repository.escalationsOf(personId).stream()
                .map(e -> new EscalationRow(e, CarePlanningRules.escalationResponseDue(e.raisedOn(), calendar),
                        CarePlanningRules.escalationOverdue(e, today, calendar))).toList();
        return new PlanningView(person, open.isPresent(), open.map(CarePlanningRules::permanencePlanDue).orElse(null),
                CarePlanningRules.noPermanencePlanBySecondReview(periods, plans, today),
                plans.stream().filter(p -> current(p, open)).sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).toList(),
                plans.stream().filter(p -> !current(p, open)).toList(), repository.contactsOf(personId), escalations,
                escalations.stream().filter(r -> r.escalation().open()).count(), repository.familyTimeOf(personId),
                access.mayWrite(person.facts()), isIro());
    }

    /** A plan not ended, of the period of care the child is in now: a plan of a period that ended is history. */
    private static boolean current(PermanencePlan plan, Optional<PeriodOfCare> open) {
        return plan.current() && open.map(p -> p.id().equals(plan.periodId())).orElse(false);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        return persons.writable(personId);
    }

    /**
     * The child's record for an IRO's form: readable by the signed-in user, who is an independent reviewing officer.
     *
     * @throws NotPermittedException otherwise
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary forIro(UUID personId) {
        PersonSummary person = persons.readable(personId);
        if (!isIro()) {
            throw new NotPermittedException("Only an independent reviewing officer records the IRO's contacts and escalations");
        }
        return person;
    }

    String signedInName() {
        return access.currentUser().map(u -> u.displayName()).orElse("");
    }

    /** The child's current primary plan, for the form to say what a new primary plan replaces. */
    @Transactional(readOnly = true)
    Optional<PermanencePlan> currentPrimary(UUID personId) {
        return repository.plansOf(personId).stream().filter(p -> p.current() && p.primary()).findFirst();
    }

    // permanence

    /** @throws RefusedException naming the field; nothing is written */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordPlan(UUID personId, PermanencePlanKind kind, boolean primary, boolean replacesPrimary, LocalDate agreedOn) {
        persons.writable(personId);
        List<PeriodOfCare> periods = care.periodsOf(personId);
        List<PermanencePlan> plans = repository.plansOf(personId);
        RefusedException.refuseIfAny(CarePlanningRules.newPermanencePlan(periods, plans, kind, primary, replacesPrimary, agreedOn, today()));
        PeriodOfCare period = periods.stream().filter(p -> !p.shortBreaks() && p.covers(agreedOn)).findFirst().orElseThrow();
        String actor = actor();
        PermanencePlanKind replaced = null;
        if (primary && replacesPrimary) {
            Optional<PermanencePlan> old = plans.stream().filter(p -> p.current() && p.primary() && p.periodId().equals(period.id())).findFirst();
            if (old.isPresent()) {
                end(old.get(), agreedOn, PlanEndReason.REPLACED);
                replaced = old.get().kind();
            }
        }
        PermanencePlan plan = new PermanencePlan(UUID.randomUUID(), personId, period.id(), kind, primary, agreedOn, null, null);
        try {
            repository.insertPlan(plan, actor);
        } catch (DuplicateKeyException e) {
            // the database's one current primary plan per child: someone recorded one since the rules looked
            throw new RefusedException("primary", "Another primary plan was recorded for the child meanwhile: check the care planning page");
        }
        events.publishEvent(new RecordChanged("permanence-plan", plan.id().toString(), personId, List.of(
                change("kind", kind.code()), change("primary", primary), change("agreedOn", agreedOn))));
        events.publishEvent(new PermanencePlanAgreed(plan.id(), personId, agreedOn, kind, primary, replaced));
        return plan.id();
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PermanencePlan plan(UUID personId, UUID planId) {
        persons.writable(personId);
        return repository.plansOf(personId).stream().filter(p -> p.id().equals(planId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such permanence plan"));
    }

    /** @throws RefusedException naming the field; nothing is written */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void endPlan(UUID personId, UUID planId, LocalDate endedOn, PlanEndReason reason) {
        PermanencePlan plan = plan(personId, planId);
        List<PermanencePlan> current = repository.plansOf(personId).stream()
                .filter(p -> p.current() && p.periodId().equals(plan.periodId())).toList();
        RefusedException.refuseIfAny(CarePlanningRules.endPermanencePlan(plan, current, endedOn, reason, today()));
        end(plan, endedOn, reason);
    }

    private void end(PermanencePlan plan, LocalDate endedOn, PlanEndReason reason) {
        if (!repository.endPlan(plan.id(), endedOn, reason)) {
            throw new RefusedException("endedOn", "The plan was ended by someone else meanwhile: check the planning page");
        }
        events.publishEvent(new RecordChanged("permanence-plan", plan.id().toString(), plan.personId(), List.of(
                change("endedOn", endedOn), change("endReason", reason.code()))));
        events.publishEvent(new PermanencePlanEnded(plan.id(), plan.personId(), endedOn, plan.kind(), plan.primary(), reason));
    }

    // the IRO's contacts and escalations

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordContact(UUID personId, LocalDate date, IroContactMethod method, boolean seenAlone, String childsViews) {
        forIro(personId);
        List<PeriodOfCare> periods = care.periodsOf(personId);
        RefusedException.refuseIfAny(CarePlanningRules.iroContact(periods, date, method, seenAlone, today()));
        PeriodOfCare period = periods.stream().filter(p -> p.covers(date)).findFirst().orElseThrow();
        IroContact contact = new IroContact(UUID.randomUUID(), period.id(), date, method, seenAlone, blankToNull(childsViews), signedInName());
        repository.insertContact(contact, personId, actor());
        events.publishEvent(new RecordChanged("iro-contact", contact.id().toString(), personId, List.of(
                change("contactDate", date), change("method", method.code()), change("seenAlone", seenAlone),
                change("childsViews", contact.childsViews()), change("iro", contact.iro()))));
        return contact.id();
    }

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID raiseEscalation(UUID personId, LocalDate raisedOn, Set<EscalationConcern> concerns, String issue, EscalationStage stage,
                         String outcome, LocalDate resolvedOn) {
        forIro(personId);
        List<PeriodOfCare> periods = care.periodsOf(personId);
        RefusedException.refuseIfAny(CarePlanningRules.escalation(periods, raisedOn, concerns, issue, stage, null, resolvedOn, outcome, today()));
        PeriodOfCare period = periods.stream().filter(p -> p.covers(raisedOn)).findFirst().orElseThrow();
        String actor = actor();
        IroEscalation e = new IroEscalation(UUID.randomUUID(), personId, period.id(), raisedOn, concerns, issue.trim(), stage,
                blankToNull(outcome), resolvedOn, signedInName(), 0, null, actor);
        repository.insertEscalation(e, actor);
        events.publishEvent(new RecordChanged("iro-escalation", e.id().toString(), personId, List.of(
                change("raisedOn", raisedOn), change("concerns", concerns(concerns)), change("issue", e.issue()),
                change("stage", stage.code()), change("outcome", e.outcome()), change("resolvedOn", resolvedOn))));
        events.publishEvent(new EscalationRaised(e.id(), personId, raisedOn, stage));
        if (resolvedOn != null) {
            events.publishEvent(new EscalationResolved(e.id(), personId, resolvedOn, stage));
        }
        return e.id();
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    IroEscalation escalation(UUID personId, UUID escalationId) {
        forIro(personId);
        return repository.escalation(personId, escalationId).orElseThrow(() -> new NotFoundException("No such escalation"));
    }

    /**
     * @throws RefusedException          naming the field
     * @throws ChangedMeanwhileException when the escalation changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void updateEscalation(UUID personId, UUID escalationId, int version, Set<EscalationConcern> concerns, String issue,
                          EscalationStage stage, String outcome, LocalDate resolvedOn) {
        IroEscalation before = escalation(personId, escalationId);
        RefusedException.refuseIfAny(CarePlanningRules.escalation(care.periodsOf(personId), before.raisedOn(), concerns, issue, stage,
                before.stage(), resolvedOn, outcome, today()));
        String actor = actor();
        IroEscalation after = new IroEscalation(before.id(), personId, before.periodId(), before.raisedOn(), concerns, issue.trim(), stage,
                blankToNull(outcome), resolvedOn, before.iro(), version, null, actor);
        if (!repository.updateEscalation(after, version, actor)) {
            IroEscalation now = repository.escalation(personId, escalationId).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        events.publishEvent(new RecordChanged("iro-escalation", before.id().toString(), personId, List.of(
                new FieldChange("concerns", concerns(before.concerns()), concerns(concerns)),
                new FieldChange("issue", before.issue(), after.issue()),
                new FieldChange("stage", before.stage().code(), stage.code()),
                new FieldChange("outcome", before.outcome(), after.outcome()),
                new FieldChange("resolvedOn", Objects.toString(before.resolvedOn(), null), Objects.toString(resolvedOn, null)))));
        if (before.open() && resolvedOn != null) {
            events.publishEvent(new EscalationResolved(before.id(), personId, resolvedOn, stage));
        }
    }

    // family time

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordFamilyTime(UUID personId, String withWhom, FamilyTimeRelationship relationship, FamilyTimeFrequency frequency,
                          boolean supervised, String supervisedBy, LocalDate start, LocalDate end) {
        persons.writable(personId);
        List<PeriodOfCare> periods = care.periodsOf(personId);
        RefusedException.refuseIfAny(CarePlanningRules.familyTime(periods, withWhom, supervised, supervisedBy, start, end));
        PeriodOfCare period = periods.stream().filter(p -> !p.shortBreaks() && p.covers(start)).findFirst().orElseThrow();
        FamilyTime f = new FamilyTime(UUID.randomUUID(), period.id(), withWhom.trim(), relationship, frequency, supervised,
                supervised ? supervisedBy.trim() : null, start, end, List.of());
        repository.insertFamilyTime(f, personId, actor());
        events.publishEvent(new RecordChanged("family-time", f.id().toString(), personId, List.of(
                change("withWhom", f.withWhom()), change("relationship", relationship.code()), change("frequency", frequency.code()),
                change("supervised", supervised), change("supervisedBy", f.supervisedBy()), change("startDate", start),
                change("endDate", end))));
        return f.id();
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    FamilyTime arrangement(UUID personId, UUID arrangementId) {
        persons.writable(personId);
        return repository.familyTimeOf(personId).stream().filter(f -> f.id().equals(arrangementId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such family time arrangement"));
    }

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordSession(UUID personId, UUID arrangementId, LocalDate date, SessionOutcome outcome, String note) {
        FamilyTime arrangement = arrangement(personId, arrangementId);
        RefusedException.refuseIfAny(CarePlanningRules.session(arrangement, date, today()));
        FamilyTime.Session s = new FamilyTime.Session(UUID.randomUUID(), date, outcome, blankToNull(note));
        repository.insertSession(arrangementId, personId, s, actor());
        events.publishEvent(new RecordChanged("family-time-session", s.id().toString(), personId, List.of(
                change("familyTimeId", arrangementId), change("sessionDate", date), change("outcome", outcome.code()),
                change("note", s.note()))));
        return s.id();
    }

    private boolean isIro() {
        return access.currentUser().map(u -> u.role() == Role.INDEPENDENT_REVIEWING_OFFICER).orElse(false);
    }

    private static String concerns(Set<EscalationConcern> concerns) {
        return String.join(",", concerns.stream().map(EscalationConcern::code).sorted().toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static FieldChange change(String field, Object now) {
        return new FieldChange(field, null, now == null ? null : Objects.toString(now));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
