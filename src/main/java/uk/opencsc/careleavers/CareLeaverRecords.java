package uk.opencsc.careleavers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.care.LookedAfterChildren;
import uk.opencsc.care.PeriodOfCare;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.workforce.Caseloads;
import uk.opencsc.workforce.CurrentAllocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Care leavers' records for the signed-in user: every read is checked and the care leaver page audited as one view;
 * every change is checked against the record's write access and the leaving care rules, optimistic-locked where it
 * changes the young person's leaving care record, audited with each field's old and new value, and put on the
 * chronology.
 */
@Service
class CareLeaverRecords {

    private final CareLeaverRepository repository;
    private final PersonLookup persons;
    private final Caseloads caseloads;
    private final RecordAccess access;
    private final CareLeaverClocks clocks;
    private final CareLeaverJourneys journeys;
    private final LookedAfterChildren lookedAfter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareLeaverRecords(CareLeaverRepository repository, PersonLookup persons, Caseloads caseloads, RecordAccess access,
                      CareLeaverClocks clocks, CareLeaverJourneys journeys, LookedAfterChildren lookedAfter,
                      ApplicationEventPublisher events, Optional<Clock> clock) {
        this.lookedAfter = lookedAfter;
        this.repository = repository;
        this.persons = persons;
        this.caseloads = caseloads;
        this.access = access;
        this.clocks = clocks;
        this.journeys = journeys;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The signed-in worker's name, to fill in "who attended" on a new review. */
    String signedInName() {
        return access.currentUser().map(u -> u.displayName()).orElse("");
    }

    /**
     * What the 903 care leavers table would say this collection year: the birthday it reports and the IN_TOUCH
     * answer the contacts give for it.
     */
    record BirthdayInTouch(int yearEnding, int age, LocalDate birthday, InTouch answer) {
    }

    record CareLeaverView(PersonSummary person, CareLeaver record, CurrentAllocation adviser, List<CareLeaverContact> contacts,
                          List<CareLeaverAccommodation> accommodation, List<CareLeaverActivity> activity,
                          List<PathwayPlanReview> reviews, List<Obligation> obligations, BirthdayInTouch birthday,
                          LocalDate supportRunsTo, boolean mayWrite) {
    }

    /** The young person's care leaver page: audited as one view. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    CareLeaverView view(UUID personId) {
        PersonSummary person = persons.readable(personId);
        events.publishEvent(new RecordViewed(personId, "care leaver"));
        CareLeaver record = repository.find(personId).orElse(null);
        List<CareLeaverContact> contacts = repository.contactsOf(personId);
        BirthdayInTouch birthday = null;
        LocalDate supportRunsTo = null;
        if (person.dateOfBirth() != null) {
            LocalDate today = today();
            int yearEnding = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
            birthday = InTouchAroundBirthday.reportedAge(person.dateOfBirth(), yearEnding)
                    .map(age -> new BirthdayInTouch(yearEnding, age, person.dateOfBirth().plusYears(age),
                            InTouchAroundBirthday.answer(person.dateOfBirth(), age, contacts))).orElse(null);
            supportRunsTo = record == null ? null : CareLeaverRules.supportRunsTo(record, person.dateOfBirth());
        }
        List<Obligation> obligations = clocks.obligations(personId, person.dateOfBirth(), journeys.eventsOf(personId), today());
        return new CareLeaverView(person, record, caseloads.currentAllocation(personId).orElse(null), contacts,
                repository.accommodationOf(personId), repository.activityOf(personId), repository.reviewsOf(personId),
                obligations, birthday, supportRunsTo, access.mayWrite(person.facts()));
    }

    /** Checks write access without auditing a view: for forms, whose page is audited by the care leaver page. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        return persons.writable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    Optional<CareLeaver> record(UUID personId) {
        persons.readable(personId);
        return repository.find(personId);
    }

    /**
     * Records the young person's category from a day: the first time, it starts their leaving care record.
     *
     * @param version the record's version when the form was opened; null when there was no record
     * @throws RefusedException          naming the field
     * @throws ChangedMeanwhileException when the record was recorded or changed after the form was opened
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void recordCategory(UUID personId, Integer version, EligibilityCategory category, LocalDate from) {
        PersonSummary person = writable(personId);
        RefusedException.refuseIfAny(CareLeaverRules.category(category, from, person.dateOfBirth(), today()));
        String actor = actor();
        Optional<CareLeaver> existing = repository.find(personId);
        if (existing.isEmpty()) {
            CareLeaver fresh = new CareLeaver(personId, category, from, null, null, null, null, null, 0, null, actor);
            if (version != null || !repository.insert(fresh, actor)) {
                throw changedMeanwhile(repository.find(personId).orElseThrow());
            }
            events.publishEvent(new RecordChanged("care-leaver", personId.toString(), personId, List.of(
                    change("category", null, category.code()), change("categoryFrom", null, from))));
        } else {
            CareLeaver before = existing.get();
            if (version == null) {
                throw changedMeanwhile(before);
            }
            save(before, before.withCategory(category, from), version, actor);
        }
        events.publishEvent(CareLeaverChronology.category(personId, category, from));
    }

    /** The category the young person's periods of care make today, for the category form to offer. */
    @Transactional(readOnly = true)
    Optional<LeavingCareEligibility.Derived> derivedCategory(UUID personId) {
        PersonSummary person = persons.find(personId).orElseThrow();
        LocalDate today = today();
        return LeavingCareEligibility.on(today, person.dateOfBirth(), lookedAfter.periodsOf(personId),
                lookedAfter.lookedAfterOn(personId, today));
    }

    /**
     * A young person left care: their leaving care category as their periods of care make it
     * ({@link LeavingCareEligibility}), from the day care ended. A first leaving care record starts, or an eligible
     * child's record moves on to relevant or former relevant; any other category a worker recorded stands (they may
     * know what the periods of care do not, such as care by another authority). Called within the change that ended
     * the period, whose write access was checked there.
     */
    @Transactional
    void leftCare(UUID personId, LocalDate endDate, List<PeriodOfCare> periods) {
        PersonSummary person = persons.find(personId).orElseThrow();
        Optional<LeavingCareEligibility.Derived> derived = LeavingCareEligibility.on(endDate, person.dateOfBirth(), periods, false);
        if (derived.isEmpty() || !CareLeaverRules.category(derived.get().category(), endDate, person.dateOfBirth(), today()).isEmpty()) {
            return;
        }
        EligibilityCategory category = derived.get().category();
        Optional<CareLeaver> existing = repository.find(personId);
        String actor = actor();
        if (existing.isEmpty()) {
            repository.insert(new CareLeaver(personId, category, endDate, null, null, null, null, null, 0, null, actor), actor);
            events.publishEvent(new RecordChanged("care-leaver", personId.toString(), personId, List.of(
                    change("category", null, category.code()), change("categoryFrom", null, endDate))));
        } else if (existing.get().category() == EligibilityCategory.ELIGIBLE && category != EligibilityCategory.ELIGIBLE) {
            save(existing.get(), existing.get().withCategory(category, endDate), existing.get().version(), actor);
        } else {
            return;
        }
        events.publishEvent(CareLeaverChronology.category(personId, category, endDate));
    }

    /**
     * @throws RefusedException          naming {@code agreedOn}
     * @throws ChangedMeanwhileException when the record changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void agreePathwayPlan(UUID personId, int version, LocalDate agreedOn) {
        PersonSummary person = writable(personId);
        CareLeaver before = existing(personId, "agreedOn");
        RefusedException.refuseIfAny(CareLeaverRules.pathwayPlanAgreed(before, agreedOn, person.dateOfBirth(), today()));
        CareLeaver after = save(before, before.withPathwayPlanAgreedOn(agreedOn), version, actor());
        events.publishEvent(CareLeaverChronology.planAgreed(personId, agreedOn, after.version()));
    }

    /** @throws RefusedException naming the field (no plan agreed, a review before it or in the future, nobody attended) */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordReview(UUID personId, LocalDate date, String attended, String views) {
        writable(personId);
        CareLeaver record = repository.find(personId).orElse(null);
        RefusedException.refuseIfAny(CareLeaverRules.review(record, date, attended, today()));
        PathwayPlanReview review = new PathwayPlanReview(UUID.randomUUID(), personId, date, attended.trim(),
                CareLeaverRepository.trimmed(views));
        repository.insertReview(review, actor());
        events.publishEvent(new RecordChanged("pathway-plan-review", review.id().toString(), personId, List.of(
                change("reviewDate", null, date), change("attended", null, review.attended()), change("views", null, review.views()))));
        events.publishEvent(CareLeaverChronology.review(review));
        return review.id();
    }

    /** @throws RefusedException naming {@code contactDate} (before the 16th birthday, in the future) */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordContact(UUID personId, LocalDate date, InTouch inTouch, ContactMethod method, String notes) {
        PersonSummary person = writable(personId);
        RefusedException.refuseIfAny(CareLeaverRules.contact(date, person.dateOfBirth(), today()));
        String actor = actor();
        CareLeaverContact contact = new CareLeaverContact(UUID.randomUUID(), personId, date, inTouch, method,
                CareLeaverRepository.trimmed(notes), actor);
        repository.insertContact(contact, actor);
        events.publishEvent(new RecordChanged("care-leaver-contact", contact.id().toString(), personId, List.of(
                change("contactDate", null, date), change("inTouch", null, inTouch.code()), change("method", null, method.code()),
                change("notes", null, contact.notes()))));
        return contact.id();
    }

    /** @throws RefusedException naming {@code fromDate} */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordAccommodation(UUID personId, LocalDate from, AccommodationType type, boolean suitable) {
        PersonSummary person = writable(personId);
        RefusedException.refuseIfAny(CareLeaverRules.from(from, person.dateOfBirth(), today()));
        CareLeaverAccommodation accommodation = new CareLeaverAccommodation(UUID.randomUUID(), personId, from, type, suitable);
        repository.insertAccommodation(accommodation, actor());
        events.publishEvent(new RecordChanged("care-leaver-accommodation", accommodation.id().toString(), personId, List.of(
                change("fromDate", null, from), change("accommodation", null, accommodation.code()))));
        events.publishEvent(CareLeaverChronology.accommodation(accommodation));
        return accommodation.id();
    }

    /** @throws RefusedException naming {@code fromDate} */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordActivity(UUID personId, LocalDate from, Activity activity) {
        PersonSummary person = writable(personId);
        RefusedException.refuseIfAny(CareLeaverRules.from(from, person.dateOfBirth(), today()));
        CareLeaverActivity row = new CareLeaverActivity(UUID.randomUUID(), personId, from, activity);
        repository.insertActivity(row, actor());
        events.publishEvent(new RecordChanged("care-leaver-activity", row.id().toString(), personId, List.of(
                change("fromDate", null, from), change("activity", null, activity.code()))));
        return row.id();
    }

    /**
     * Staying put, support to 25 and support ending, as the form holds them all.
     *
     * @throws RefusedException          naming the field
     * @throws ChangedMeanwhileException when the record changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void saveSupport(UUID personId, int version, LocalDate stayingPutFrom, LocalDate stayingPutTo, LocalDate extendedRequestedOn,
                     LocalDate supportEndedOn) {
        PersonSummary person = writable(personId);
        CareLeaver before = existing(personId, "supportEndedOn");
        RefusedException.refuseIfAny(CareLeaverRules.support(before, stayingPutFrom, stayingPutTo, extendedRequestedOn,
                supportEndedOn, person.dateOfBirth(), today()));
        CareLeaver after = save(before, before.withSupport(stayingPutFrom, stayingPutTo, extendedRequestedOn, supportEndedOn),
                version, actor());
        if (supportEndedOn != null && !supportEndedOn.equals(before.supportEndedOn())) {
            events.publishEvent(CareLeaverChronology.supportEnded(personId, supportEndedOn, after.version()));
        }
        if (stayingPutFrom != null && !stayingPutFrom.equals(before.stayingPutFrom())) {
            events.publishEvent(CareLeaverChronology.stayingPut(personId, stayingPutFrom, after.version()));
        }
    }

    private CareLeaver existing(UUID personId, String field) {
        return repository.find(personId).orElseThrow(() -> new RefusedException(field,
                "Record the young person's leaving care category first"));
    }

    /** Writes {@code after} over {@code before}, naming the version read, and audits each field that changed. */
    private CareLeaver save(CareLeaver before, CareLeaver after, int version, String actor) {
        if (!repository.update(after, version, actor)) {
            throw changedMeanwhile(repository.find(before.personId()).orElseThrow());
        }
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "category", before.category().code(), after.category().code());
        diff(changes, "categoryFrom", before.categoryFrom(), after.categoryFrom());
        diff(changes, "pathwayPlanAgreedOn", before.pathwayPlanAgreedOn(), after.pathwayPlanAgreedOn());
        diff(changes, "stayingPutFrom", before.stayingPutFrom(), after.stayingPutFrom());
        diff(changes, "stayingPutTo", before.stayingPutTo(), after.stayingPutTo());
        diff(changes, "extendedSupportRequestedOn", before.extendedSupportRequestedOn(), after.extendedSupportRequestedOn());
        diff(changes, "supportEndedOn", before.supportEndedOn(), after.supportEndedOn());
        events.publishEvent(new RecordChanged("care-leaver", before.personId().toString(), before.personId(), changes));
        return repository.find(before.personId()).orElseThrow();
    }

    private static void diff(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    private static FieldChange change(String field, String old, Object now) {
        return new FieldChange(field, old, now == null ? null : Objects.toString(now));
    }

    private static ChangedMeanwhileException changedMeanwhile(CareLeaver now) {
        return new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
