package uk.opencsc.care;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.adoption.AdoptionOrders;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.people.Postcode;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.timescales.Obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Periods of care for the signed-in user: every read is checked and the care page audited as one view, every change
 * is checked against the record's write access and the care rules, optimistic-locked on the period's version,
 * audited with each field's old and new value, and published as a domain event.
 */
@Service
class CareRecords {

    private final CareRepository repository;
    private final PersonLookup persons;
    private final RecordAccess access;
    private final CareClocks clocks;
    private final CareJourneys journeys;
    private final ApplicationEventPublisher events;
    private final AdoptionOrders adoptionOrders;
    private final Clock clock;

    CareRecords(CareRepository repository, PersonLookup persons, RecordAccess access, CareClocks clocks, CareJourneys journeys,
                AdoptionOrders adoptionOrders, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.adoptionOrders = adoptionOrders;
        this.repository = repository;
        this.persons = persons;
        this.access = access;
        this.clocks = clocks;
        this.journeys = journeys;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String signedInName() {
        return access.currentUser().map(u -> u.displayName()).orElse("");
    }

    /**
     * The care page: the child's periods of care (the latest first), their reviews, visits and health checks, and the
     * care clocks.
     */
    record CareView(PersonSummary person, List<PeriodOfCare> periods, List<LookedAfterReview> reviews,
                    List<LookedAfterVisit> visits, List<HealthCheck> healthChecks, List<Obligation> obligations, boolean mayWrite) {

        public Optional<PeriodOfCare> openPeriod() {
            return periods.stream().filter(PeriodOfCare::open).findFirst();
        }

        public boolean lookedAfter() {
            return openPeriod().isPresent();
        }
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    CareView view(UUID personId) {
        PersonSummary person = persons.readable(personId);
        events.publishEvent(new RecordViewed(personId, "care"));
        List<Obligation> obligations = clocks.obligations(personId, person.dateOfBirth(), journeys.eventsOf(personId), today());
        return new CareView(person, repository.periodsOf(personId).reversed(), repository.reviewsOf(personId),
                repository.visitsOf(personId), repository.healthChecksOf(personId), obligations, access.mayWrite(person.facts()));
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        return persons.writable(personId);
    }

    /** The child's open period of care. @throws NotFoundException when the child is not looked after */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PeriodOfCare openPeriod(UUID personId) {
        persons.readable(personId);
        return repository.periodsOf(personId).stream().filter(PeriodOfCare::open).findFirst()
                .orElseThrow(() -> new NotFoundException("The child is not looked after"));
    }

    /**
     * Starts a period of care with its first episode (reason S).
     *
     * @throws RefusedException naming each field the rules refuse; nothing is written
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID start(UUID personId, LocalDate start, LegalStatus legalStatus, PrimaryNeed categoryOfNeed, Placement placement,
               Postcode homePostcode, boolean uasc, LocalDate uascCeasedOn) {
        PersonSummary person = persons.writable(personId);
        LocalDate dob = person.dateOfBirth();
        LocalDate duc = uasc && uascCeasedOn == null && dob != null ? dob.plusYears(18) : uascCeasedOn;
        RefusedException.refuseIfAny(CareRules.start(start, dob, repository.periodsOf(personId), legalStatus, categoryOfNeed,
                placement, uasc, uascCeasedOn, today()));
        String actor = actor();
        PeriodOfCare period = new PeriodOfCare(UUID.randomUUID(), personId, start, null, null, legalStatus.shortBreaks(), uasc,
                uasc ? duc : null, 0, null, actor, List.of());
        repository.insertPeriod(period, actor);
        Episode first = new Episode(UUID.randomUUID(), period.id(), personId, start, ReasonForNewEpisode.S, legalStatus,
                categoryOfNeed, placement, homePostcode, null, null, null);
        repository.insertEpisode(first, actor);
        events.publishEvent(new RecordChanged("period-of-care", period.id().toString(), personId, List.of(
                change("startDate", null, start), change("shortBreaks", null, period.shortBreaks()), change("uasc", null, uasc),
                change("uascCeasedOn", null, period.uascCeasedOn()))));
        auditEpisode(first);
        events.publishEvent(new BecameLookedAfter(period.id(), personId, start, legalStatus, placement.type(), period.shortBreaks()));
        return period.id();
    }

    /** What a change would open, for the worker to see before saving: the reason for the new episode, or the refusals. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    ReasonForNewEpisode preview(UUID personId, LocalDate date, LegalStatus legalStatus, PrimaryNeed categoryOfNeed,
                                Placement placement, boolean carerChanged, ReasonPlacementChanged reasonPlacementChanged) {
        PersonSummary person = persons.writable(personId);
        PeriodOfCare period = openPeriod(personId);
        RefusedException.refuseIfAny(CareRules.change(period, date, person.dateOfBirth(), legalStatus, categoryOfNeed, placement,
                carerChanged, reasonPlacementChanged, today()));
        return NewEpisodeRule.apply(period.latestEpisode(), legalStatus, placement, carerChanged).orElseThrow();
    }

    /**
     * Records a change of legal status and/or placement as a new episode, ending the current one the same day (X1).
     *
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when the period was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    ReasonForNewEpisode change(UUID personId, int version, LocalDate date, LegalStatus legalStatus, PrimaryNeed categoryOfNeed,
                               Placement placement, boolean carerChanged, ReasonPlacementChanged reasonPlacementChanged,
                               Postcode homePostcode) {
        ReasonForNewEpisode reason = preview(personId, date, legalStatus, categoryOfNeed, placement, carerChanged,
                reasonPlacementChanged);
        PeriodOfCare period = openPeriod(personId);
        String actor = actor();
        lock(period, version, null, null, actor);
        Episode ended = period.latestEpisode().endedOn(date, ReasonEpisodeCeased.X1, reasonPlacementChanged);
        repository.endEpisode(ended);
        events.publishEvent(new RecordChanged("care-episode", ended.id().toString(), personId, List.of(
                change("endDate", null, date), change("reasonEnded", null, ReasonEpisodeCeased.X1.code()),
                change("reasonPlacementChanged", null, reasonPlacementChanged == null ? null : reasonPlacementChanged.code()))));
        Episode next = new Episode(UUID.randomUUID(), period.id(), personId, date, reason, legalStatus, categoryOfNeed, placement,
                homePostcode, null, null, null);
        repository.insertEpisode(next, actor);
        auditEpisode(next);
        events.publishEvent(new EpisodeStarted(next.id(), period.id(), personId, date, reason, legalStatus, placement.type()));
        return reason;
    }

    /** The period and the episode of the child's record a correction is for. @throws NotFoundException otherwise */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PeriodOfCare periodOfEpisode(UUID personId, UUID episodeId) {
        persons.readable(personId);
        return repository.periodsOf(personId).stream().filter(p -> p.episodes().stream().anyMatch(e -> e.id().equals(episodeId)))
                .findFirst().orElseThrow(() -> new NotFoundException("No episode of care " + episodeId));
    }

    /**
     * Corrects a recorded episode in place: no episode is opened or ended, every episode keeps its reason for new
     * episode; the episode before ends on the corrected start date. Each episode written is audited field by field.
     *
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when the period was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void correct(UUID personId, int version, EpisodeCorrection correction) {
        PersonSummary person = persons.writable(personId);
        PeriodOfCare period = periodOfEpisode(personId, correction.episodeId());
        RefusedException.refuseIfAny(CareRules.correct(period, correction, person.dateOfBirth(), today()));
        String actor = actor();
        lock(period, version, null, null, actor);
        List<Episode> corrected = correction.applyTo(period);
        for (int i = 0; i < corrected.size(); i++) {
            Episode was = period.episodes().get(i);
            Episode now = corrected.get(i);
            if (now.equals(was)) {
                continue;
            }
            repository.correctEpisode(now);
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "startDate", was.startDate(), now.startDate());
            compare(changes, "endDate", was.endDate(), now.endDate());
            compare(changes, "legalStatus", was.legalStatus().code(), now.legalStatus().code());
            compare(changes, "categoryOfNeed", was.categoryOfNeed().code(), now.categoryOfNeed().code());
            compare(changes, "placementType", was.placement().type().code(), now.placement().type().code());
            compare(changes, "placementProvider", was.placement().provider().code(), now.placement().provider().code());
            compare(changes, "urn", was.placement().urn(), now.placement().urn());
            compare(changes, "placementPostcode", was.placement().postcode(), now.placement().postcode());
            compare(changes, "intendedUntilEighteen", was.placement().intendedUntilEighteen(), now.placement().intendedUntilEighteen());
            compare(changes, "homePostcode", was.homePostcode(), now.homePostcode());
            events.publishEvent(new RecordChanged("care-episode", now.id().toString(), personId, changes));
        }
    }

    /** Adds the field's change, old and new, when its value changed. */
    private static void compare(List<FieldChange> changes, String field, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            changes.add(new FieldChange(field, was == null ? null : Objects.toString(was), now == null ? null : Objects.toString(now)));
        }
    }

    /**
     * Ends the period of care (and its current episode) for a reason that ends a period.
     *
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when the period was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void end(UUID personId, int version, LocalDate date, ReasonEpisodeCeased reason) {
        persons.writable(personId);
        PeriodOfCare period = openPeriod(personId);
        List<FieldProblem> problems = new ArrayList<>(CareRules.end(period, date, reason, today()));
        problems.addAll(PlacedForAdoptionRules.adopted(period.latestEpisode(), date, reason, adoptionOrders.adoptionOrderDate(personId)));
        RefusedException.refuseIfAny(problems);
        String actor = actor();
        lock(period, version, date, reason, actor);
        Episode ended = period.latestEpisode().endedOn(date, reason, null);
        repository.endEpisode(ended);
        events.publishEvent(new RecordChanged("period-of-care", period.id().toString(), personId, List.of(
                change("endDate", null, date), change("reasonCeased", null, reason.code()))));
        events.publishEvent(new RecordChanged("care-episode", ended.id().toString(), personId, List.of(
                change("endDate", null, date), change("reasonEnded", null, reason.code()))));
        events.publishEvent(new CeasedLookedAfter(period.id(), personId, date, reason, period.shortBreaks()));
    }

    /** @throws RefusedException naming the field (a review outside care or in the future, no IRO) */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordReview(UUID personId, LocalDate date, String iro, ReviewParticipation participation) {
        persons.writable(personId);
        PeriodOfCare period = periodOn(personId, date, "reviewDate");
        if (iro == null || iro.isBlank()) {
            throw new RefusedException("iro", "Enter the independent reviewing officer who chaired the review");
        }
        LookedAfterReview review = new LookedAfterReview(UUID.randomUUID(), period.id(), date, iro.trim(), participation);
        repository.insertReview(review, personId, actor());
        events.publishEvent(new RecordChanged("looked-after-review", review.id().toString(), personId, List.of(
                change("reviewDate", null, date), change("iro", null, review.iro()),
                change("participation", null, participation.code()))));
        events.publishEvent(new LookedAfterReviewHeld(review.id(), personId, date, participation));
        return review.id();
    }

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordVisit(UUID personId, LocalDate date, boolean seen, boolean seenAlone, String childsViews, String worker) {
        persons.writable(personId);
        RefusedException.refuseIfAny(CareRules.visit(seen, seenAlone, worker));
        PeriodOfCare period = periodOn(personId, date, "visitDate");
        String views = childsViews == null || childsViews.isBlank() ? null : childsViews.trim();
        LookedAfterVisit visit = new LookedAfterVisit(UUID.randomUUID(), period.id(), date, seen, seenAlone, views, worker.trim());
        repository.insertVisit(visit, personId, actor());
        events.publishEvent(new RecordChanged("looked-after-visit", visit.id().toString(), personId, List.of(
                change("visitedOn", null, date), change("seen", null, seen), change("seenAlone", null, seenAlone),
                change("childsViews", null, views), change("worker", null, visit.worker()))));
        events.publishEvent(new LookedAfterVisitRecorded(visit.id(), personId, date, seen, seenAlone));
        return visit.id();
    }

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordHealthCheck(UUID personId, HealthCheckKind kind, LocalDate date) {
        persons.writable(personId);
        PeriodOfCare period = periodOn(personId, date, "checkDate");
        HealthCheck check = new HealthCheck(UUID.randomUUID(), period.id(), kind, date);
        repository.insertHealthCheck(check, personId, actor());
        events.publishEvent(new RecordChanged("looked-after-health-check", check.id().toString(), personId, List.of(
                change("kind", null, kind.code()), change("checkDate", null, date))));
        events.publishEvent(new HealthCheckRecorded(check.id(), personId, kind, date));
        return check.id();
    }

    private PeriodOfCare periodOn(UUID personId, LocalDate date, String field) {
        List<PeriodOfCare> periods = repository.periodsOf(personId);
        RefusedException.refuseIfAny(CareRules.withinCare(periods, date, field, today()));
        return periods.stream().filter(p -> p.covers(date)).findFirst().orElseThrow();
    }

    private void lock(PeriodOfCare period, int version, LocalDate end, ReasonEpisodeCeased reason, String actor) {
        if (!repository.touchPeriod(period.id(), version, end, reason, actor)) {
            PeriodOfCare now = repository.period(period.personId(), period.id()).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
    }

    private void auditEpisode(Episode e) {
        Placement p = e.placement();
        List<FieldChange> changes = new ArrayList<>(List.of(
                change("periodId", null, e.periodId()), change("startDate", null, e.startDate()),
                change("reasonForNewEpisode", null, e.reasonForNewEpisode().code()), change("legalStatus", null, e.legalStatus().code()),
                change("categoryOfNeed", null, e.categoryOfNeed().code()), change("placementType", null, p.type().code()),
                change("placementProvider", null, p.provider().code()), change("urn", null, p.urn()),
                change("placementPostcode", null, p.postcode()), change("homePostcode", null, e.homePostcode()),
                change("intendedUntilEighteen", null, p.intendedUntilEighteen())));
        events.publishEvent(new RecordChanged("care-episode", e.id().toString(), e.personId(), changes));
    }

    private static FieldChange change(String field, String old, Object now) {
        return new FieldChange(field, old, now == null ? null : Objects.toString(now));
    }

    /** Who is changing the record: the signed-in user's name, or "system" for unattended work. */
    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
