package uk.opencsc.childinneed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.assessment.AssessmentOutcomes;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.frontdoor.Referral;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.childinneed.ChildInNeedForms.PlanForm;
import uk.opencsc.platform.drafts.FormDrafts;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.protection.ChildProtectionPlan;
import uk.opencsc.protection.ChildProtectionPlans;
import uk.opencsc.timescales.Obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Child in need plans for the signed-in user: every read is checked and audited once per page, every change is
 * checked against the record's write access and the child in need rules, optimistic-locked where it changes the
 * plan, audited with each field's old and new value, and published as a domain event.
 */
@Service
class ChildInNeedRecords {

    private final ChildInNeedRepository repository;
    private final PersonLookup persons;
    private final CinEpisodes cinEpisodes;
    private final ChildProtectionPlans protectionPlans;
    private final AssessmentOutcomes assessments;
    private final RecordAccess access;
    private final ChildInNeedClocks clocks;
    private final ChildInNeedJourneys journeys;
    private final FormDrafts drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChildInNeedRecords(ChildInNeedRepository repository, PersonLookup persons, CinEpisodes cinEpisodes,
                       ChildProtectionPlans protectionPlans, AssessmentOutcomes assessments, RecordAccess access,
                       ChildInNeedClocks clocks, ChildInNeedJourneys journeys, FormDrafts drafts, ApplicationEventPublisher events,
                       Optional<Clock> clock) {
        this.repository = repository;
        this.persons = persons;
        this.cinEpisodes = cinEpisodes;
        this.protectionPlans = protectionPlans;
        this.assessments = assessments;
        this.access = access;
        this.clocks = clocks;
        this.journeys = journeys;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    LocalDate today() {
        return now().toLocalDate();
    }

    /** The signed-in worker's name, to fill in "who leads" and "who visited" on a new form. */
    String signedInName() {
        return access.currentUser().map(u -> u.displayName()).orElse("");
    }

    /** A plan with its reviews and visits, the latest first. */
    record PlanRow(ChildInNeedPlan plan, List<ChildInNeedReview> reviews, List<ChildInNeedVisit> visits) {
    }

    record ChildInNeedView(PersonSummary person, List<PlanRow> plans, List<Obligation> obligations, boolean mayWrite) {

        public boolean hasOpenPlan() {
            return plans.stream().anyMatch(r -> r.plan().open());
        }
    }

    /** The child's child in need page: audited as one view. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    ChildInNeedView view(UUID personId) {
        PersonSummary person = readable(personId);
        events.publishEvent(new RecordViewed(personId, "child in need"));
        List<ChildInNeedPlan> plans = repository.plansOf(personId);
        List<ChildInNeedReview> reviews = repository.reviewsOf(personId);
        List<ChildInNeedVisit> visits = repository.visitsOf(personId);
        List<PlanRow> rows = plans.stream().map(p -> new PlanRow(p,
                reviews.stream().filter(r -> r.planId().equals(p.id())).toList(),
                visits.stream().filter(v -> v.planId().equals(p.id())).toList())).toList();
        List<Obligation> obligations = clocks.obligations(personId, person.dateOfBirth(), journeys.eventsOf(personId), today());
        return new ChildInNeedView(person, rows, obligations, access.mayWrite(person.facts()));
    }

    /** Checks read access without auditing a view: for forms whose page is audited by the child in need page itself. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary readable(UUID personId) {
        return persons.readable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        return persons.writable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    ChildInNeedPlan plan(UUID personId, UUID planId) {
        readable(personId);
        return repository.plan(planId).filter(p -> p.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No child in need plan " + planId));
    }

    /** What the start form warns of before the worker types: the record as it stands on {@code date}. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    ChildInNeedRules.Circumstances circumstances(UUID personId, LocalDate date) {
        readable(personId);
        Optional<Referral> episode = cinEpisodes.openOn(personId, date);
        ChildInNeedPlan open = repository.plansOf(personId).stream().filter(ChildInNeedPlan::open).findFirst().orElse(null);
        LocalDate cpSince = protectionPlans.runningThrough(personId, date).map(ChildProtectionPlan::startDate).orElse(null);
        boolean recommended = episode.isPresent() && assessments.recommendedAChildInNeedPlan(personId, episode.get().id(), date);
        return new ChildInNeedRules.Circumstances(episode.isPresent(), open, cpSince, recommended);
    }

    /**
     * Starts a plan within the CIN episode open on {@code start}.
     *
     * @throws RefusedException naming each field the rules refuse; nothing is written
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID startPlan(UUID personId, LocalDate start, String leadWorker, String needsAndOutcomes, String withoutAssessmentReason) {
        writable(personId);
        ChildInNeedRules.Circumstances record = circumstances(personId, start);
        RefusedException.refuseIfAny(ChildInNeedRules.start(start, record, leadWorker, needsAndOutcomes, withoutAssessmentReason,
                today()));
        String actor = actor();
        Referral episode = cinEpisodes.openOn(personId, start).orElseThrow();
        String without = record.assessmentRecommendedAPlan() ? null : withoutAssessmentReason.trim();
        ChildInNeedPlan plan = new ChildInNeedPlan(UUID.randomUUID(), personId, episode.id(), start, leadWorker.trim(),
                needsAndOutcomes.trim(), without, null, null, 0, null, actor);
        repository.insertPlan(plan, actor);
        events.publishEvent(new RecordChanged("child-in-need-plan", plan.id().toString(), personId, List.of(
                change("startDate", null, start), change("referralId", null, episode.id()),
                change("leadWorker", null, plan.leadWorker()), change("needsAndOutcomes", null, plan.needsAndOutcomes()),
                change("withoutAssessmentReason", null, without))));
        events.publishEvent(new ChildInNeedPlanStarted(plan.id(), personId, episode.id(), start, plan.leadWorker()));
        return plan.id();
    }

    /**
     * Rewrites the plan's lead worker and its needs and outcomes.
     *
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when the plan was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void revisePlan(UUID personId, UUID planId, int version, String leadWorker, String needsAndOutcomes) {
        writable(personId);
        ChildInNeedPlan plan = plan(personId, planId);
        savePlan(plan, plan.revise(leadWorker, needsAndOutcomes), version, actor());
        // what was typed is now the plan: the worker's draft of it has done its job
        drafts.discard(draftKey(planId));
    }

    // drafts (docs/drafts.md)

    /** One draft of the plan form per worker and plan. */
    static String draftKey(UUID planId) {
        return "cin-plan:" + planId;
    }

    /** Saves the signed-in worker's draft of the plan form; they must be able to write the child's record. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    Instant saveDraft(UUID personId, UUID planId, PlanForm form) {
        writable(personId);
        plan(personId, planId);
        return drafts.save(draftKey(planId), form);
    }

    Optional<FormDrafts.Draft<PlanForm>> draft(UUID planId) {
        return drafts.find(draftKey(planId), PlanForm.class);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    void discardDraft(UUID personId, UUID planId) {
        writable(personId);
        drafts.discard(draftKey(planId));
    }

    /**
     * Records a review; one deciding to end the plan ends it on the day of the review.
     *
     * @param endReason only for a review that ends the plan
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when a review ending the plan finds it changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordReview(UUID personId, UUID planId, int version, LocalDate date, CinReviewDecision decision, String notes,
                      CinPlanEndReason endReason) {
        writable(personId);
        ChildInNeedPlan plan = plan(personId, planId);
        RefusedException.refuseIfAny(ChildInNeedRules.review(plan, date, decision, notes, endReason, today()));
        String actor = actor();
        ChildInNeedReview review = new ChildInNeedReview(UUID.randomUUID(), planId, date, decision,
                ChildInNeedRepository.trimmed(notes));
        repository.insertReview(review, personId, actor);
        events.publishEvent(new RecordChanged("child-in-need-review", review.id().toString(), personId, List.of(
                change("planId", null, planId), change("reviewDate", null, date), change("decision", null, decision.code()),
                change("notes", null, review.notes()))));
        events.publishEvent(new ChildInNeedPlanReviewed(review.id(), planId, personId, date, decision));
        if (decision == CinReviewDecision.END) {
            savePlan(plan, plan.end(endReason, date, today()), version, actor);
        }
        return review.id();
    }

    /**
     * @throws RefusedException         naming the field (an end before the plan started, in the future...)
     * @throws ChangedMeanwhileException when the plan was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void endPlan(UUID personId, UUID planId, int version, LocalDate date, CinPlanEndReason reason) {
        writable(personId);
        ChildInNeedPlan plan = plan(personId, planId);
        savePlan(plan, plan.end(reason, date, today()), version, actor());
    }

    /** @throws RefusedException naming the field (a visit in the future or outside the plan, seen alone but not seen...) */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordVisit(UUID personId, UUID planId, LocalDateTime visitedAt, boolean seen, boolean seenAlone, BedroomSeen bedroomSeen,
                     String childsViews, String observations, String worker) {
        writable(personId);
        ChildInNeedPlan plan = plan(personId, planId);
        RefusedException.refuseIfAny(ChildInNeedRules.visit(plan, visitedAt, seen, seenAlone, worker, now()));
        String actor = actor();
        ChildInNeedVisit visit = new ChildInNeedVisit(UUID.randomUUID(), planId, visitedAt, seen, seenAlone, bedroomSeen,
                childsViews, observations, worker.trim());
        repository.insertVisit(visit, personId, actor);
        events.publishEvent(new RecordChanged("child-in-need-visit", visit.id().toString(), personId, List.of(
                change("planId", null, planId), change("visitedAt", null, visitedAt), change("seen", null, seen),
                change("seenAlone", null, seenAlone), change("bedroomSeen", null, bedroomSeen.code()),
                change("childsViews", null, ChildInNeedRepository.trimmed(childsViews)),
                change("observations", null, ChildInNeedRepository.trimmed(observations)), change("worker", null, visit.worker()))));
        events.publishEvent(new ChildInNeedVisitRecorded(visit.id(), planId, personId, visitedAt, seen, seenAlone));
        return visit.id();
    }

    /**
     * Ends the child's open plan because something else happened on the record (a child protection plan started, the
     * CIN episode closed): on {@code date}, or on the plan's start when that is later (the other record was entered
     * back-dated). Nothing happens when the child has no open plan (or {@code episodeId} is not its episode).
     *
     * @param episodeId only end a plan in this CIN episode; null for any
     */
    void endBecause(UUID personId, UUID episodeId, LocalDate date, CinPlanEndReason reason) {
        repository.plansOf(personId).stream().filter(ChildInNeedPlan::open)
                .filter(p -> episodeId == null || p.referralId().equals(episodeId)).findFirst()
                .ifPresent(p -> savePlan(p, p.end(reason, date.isBefore(p.startDate()) ? p.startDate() : date, today()),
                        p.version(), actor()));
    }

    private void savePlan(ChildInNeedPlan before, ChildInNeedPlan after, int version, String actor) {
        if (!repository.updatePlan(after, version, actor)) {
            ChildInNeedPlan now = repository.plan(before.id()).orElseThrow();
            throw new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
        }
        if (!after.open()) {
            // an ended plan's form is closed, so nobody's draft of it can be used
            drafts.discardEveryones(draftKey(after.id()));
        }
        List<FieldChange> changes = new ArrayList<>();
        if (!before.leadWorker().equals(after.leadWorker())) {
            changes.add(change("leadWorker", before.leadWorker(), after.leadWorker()));
        }
        if (!before.needsAndOutcomes().equals(after.needsAndOutcomes())) {
            changes.add(change("needsAndOutcomes", before.needsAndOutcomes(), after.needsAndOutcomes()));
        }
        if (!Objects.equals(before.endDate(), after.endDate())) {
            changes.add(change("endDate", null, after.endDate()));
            changes.add(change("endReason", null, after.endReason().code()));
        }
        events.publishEvent(new RecordChanged("child-in-need-plan", after.id().toString(), after.personId(), changes));
        if (before.open() && !after.open()) {
            events.publishEvent(after.ended());
        }
    }

    private static FieldChange change(String field, String old, Object now) {
        return new FieldChange(field, old, now == null ? null : Objects.toString(now));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
