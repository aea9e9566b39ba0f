package uk.opencsc.protection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.access.RecordAccess;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordViewed;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.frontdoor.Referral;
import uk.opencsc.people.PersonLookup.PersonSummary;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.platform.validation.ChangedMeanwhileException;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.RefusedException;
import uk.opencsc.platform.web.NotFoundException;
import uk.opencsc.platform.web.NotPermittedException;
import uk.opencsc.timescales.Obligation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Child protection for the signed-in user: every read is checked and audited once per page, every change is
 * checked against the record's write access and the protection rules, optimistic-locked where it changes a
 * row, audited with each field's old and new value, and published as a domain event.
 */
@Service
class ProtectionRecords {

    static final String ENDED_AT_REVIEW = "Ended at a review conference";

    private final ProtectionRepository repository;
    private final PersonLookup persons;
    private final CinEpisodes cinEpisodes;
    private final RecordAccess access;
    private final ProtectionClocks clocks;
    private final ProtectionJourneys journeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProtectionRecords(ProtectionRepository repository, PersonLookup persons, CinEpisodes cinEpisodes, RecordAccess access,
                      ProtectionClocks clocks, ProtectionJourneys journeys, ApplicationEventPublisher events,
                      Optional<Clock> clock) {
        this.repository = repository;
        this.persons = persons;
        this.cinEpisodes = cinEpisodes;
        this.access = access;
        this.clocks = clocks;
        this.journeys = journeys;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    LocalDate today() {
        return now().toLocalDate();
    }

    /** A plan with its core groups, review conferences and visits, the latest first. */
    record PlanRow(ChildProtectionPlan plan, List<ProtectionMeeting> meetings, List<ChildProtectionVisit> visits) {
    }

    record ProtectionView(PersonSummary person, List<StrategyDiscussion> discussions, List<Section47Enquiry> enquiries,
                          List<InitialConference> conferences, List<PlanRow> plans, List<ProtectiveOrder> orders,
                          List<Obligation> obligations, boolean mayWrite) {
    }

    /** The child's child protection page: audited as one view. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    ProtectionView view(UUID personId) {
        PersonSummary person = readable(personId);
        events.publishEvent(new RecordViewed(personId, "child protection"));
        List<StrategyDiscussion> discussions = repository.discussionsOf(personId);
        List<Section47Enquiry> enquiries = repository.enquiriesOf(personId);
        List<InitialConference> conferences = repository.conferencesOf(personId);
        List<ChildProtectionPlan> plans = repository.plansOf(personId);
        List<ProtectionMeeting> meetings = repository.meetingsOf(personId);
        List<ChildProtectionVisit> visits = repository.visitsOf(personId);
        List<PlanRow> rows = plans.stream().map(p -> new PlanRow(p,
                meetings.stream().filter(m -> m.planId().equals(p.id())).toList(),
                visits.stream().filter(v -> v.planId().equals(p.id())).toList())).toList();
        List<Obligation> obligations = clocks.obligations(personId, person.dateOfBirth(),
                ProtectionJourneys.eventsOf(discussions, enquiries, conferences, plans, meetings, visits), today());
        return new ProtectionView(person, discussions, enquiries, conferences, rows, repository.ordersOf(personId),
                obligations, access.mayWrite(person.facts()));
    }

    /** Checks read access without auditing a view: for forms whose page is audited by the protection page itself. */
    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary readable(UUID personId) {
        return persons.readable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    PersonSummary writable(UUID personId) {
        return persons.writable(personId);
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    Section47Enquiry enquiry(UUID personId, UUID enquiryId) {
        readable(personId);
        return repository.enquiry(enquiryId).filter(e -> e.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No section 47 enquiry " + enquiryId));
    }

    @Transactional(noRollbackFor = NotPermittedException.class)
    ChildProtectionPlan plan(UUID personId, UUID planId) {
        readable(personId);
        return repository.plan(planId).filter(p -> p.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("No child protection plan " + planId));
    }

    /**
     * Records a strategy discussion within the child's open CIN episode; a decision of section 47 starts the
     * enquiry on the day of the discussion, with its initial conference target from the timescales engine.
     *
     * @throws RefusedException naming each field the rules refuse; nothing is written
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordStrategyDiscussion(UUID personId, LocalDateTime heldAt, Set<Agency> agencies, String attendees,
                                  StrategyDecision decision, String rationale) {
        writable(personId);
        Optional<Referral> episode = cinEpisodes.openOn(personId, heldAt.toLocalDate());
        RefusedException.refuseIfAny(ProtectionRules.strategyDiscussion(heldAt, episode.isPresent(), agencies, decision,
                rationale, now()));
        String actor = actor();
        StrategyDiscussion discussion = new StrategyDiscussion(UUID.randomUUID(), personId, episode.get().id(), heldAt,
                agencies, attendees, decision, rationale, 0, null, actor);
        repository.insertDiscussion(discussion, actor);
        events.publishEvent(new RecordChanged("strategy-discussion", discussion.id().toString(), personId, List.of(
                change("heldAt", null, heldAt), change("referralId", null, discussion.referralId()),
                change("agencies", null, String.join(",", ProtectionRepository.codes(agencies))),
                change("attendees", null, attendees), change("decision", null, decision.code()),
                change("rationale", null, rationale))));
        events.publishEvent(new StrategyDiscussionHeld(discussion.id(), personId, discussion.referralId(), heldAt,
                discussion.agencies(), decision));
        if (decision == StrategyDecision.SECTION_47) {
            startEnquiry(personId, discussion.id(), heldAt.toLocalDate(), actor);
        }
        return discussion.id();
    }

    private void startEnquiry(UUID personId, UUID discussionId, LocalDate start, String actor) {
        UUID id = UUID.randomUUID();
        LocalDate target = clocks.initialConferenceTarget(start);
        repository.insertEnquiry(id, personId, discussionId, start, target, actor);
        events.publishEvent(new RecordChanged("section47-enquiry", id.toString(), personId, List.of(
                change("startDate", null, start), change("initialConferenceTarget", null, target),
                change("strategyDiscussionId", null, discussionId))));
        events.publishEvent(new Section47Started(id, personId, discussionId, start, target));
    }

    /**
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when the enquiry was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void recordOutcome(UUID personId, UUID enquiryId, int version, Section47Outcome outcome, LocalDate date, String why) {
        writable(personId);
        Section47Enquiry enquiry = enquiry(personId, enquiryId);
        RefusedException.refuseIfAny(ProtectionRules.section47Outcome(enquiry, outcome, date, why, today()));
        String actor = actor();
        if (!repository.recordOutcome(enquiryId, version, outcome, date, why, actor)) {
            throw changedMeanwhile(repository.enquiry(enquiryId).orElseThrow());
        }
        boolean notRequired = outcome != Section47Outcome.SUBSTANTIATED_ICPC;
        events.publishEvent(new RecordChanged("section47-enquiry", enquiryId.toString(), personId, List.of(
                change("outcome", null, outcome.code()), change("outcomeDate", null, date),
                change("icpcNotRequired", String.valueOf(enquiry.icpcNotRequired()), notRequired),
                change("icpcNotRequiredWhy", null, notRequired ? why : null))));
    }

    /**
     * Records the initial conference; a plan outcome starts a plan on the conference date, with the number of
     * the child's previous plans counted from the record.
     *
     * @throws RefusedException         naming the field (no conference asked for, a second open plan...)
     * @throws ChangedMeanwhileException when the enquiry was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordConference(UUID personId, UUID enquiryId, int version, LocalDate date, ConferenceOutcome outcome,
                          Set<AbuseCategory> categories) {
        PersonSummary person = writable(personId);
        Section47Enquiry enquiry = enquiry(personId, enquiryId);
        List<ChildProtectionPlan> plans = repository.plansOf(personId);
        ChildProtectionPlan open = plans.stream().filter(ChildProtectionPlan::open).findFirst().orElse(null);
        RefusedException.refuseIfAny(ProtectionRules.initialConference(enquiry, date, outcome, categories, open, today()));
        String actor = actor();
        if (!repository.recordConferenceHeld(enquiryId, version, date, actor)) {
            throw changedMeanwhile(repository.enquiry(enquiryId).orElseThrow());
        }
        Set<AbuseCategory> found = outcome == ConferenceOutcome.PLAN ? categories : Set.of();
        InitialConference conference = new InitialConference(UUID.randomUUID(), personId, enquiryId, date, outcome, found);
        repository.insertConference(conference, actor);
        events.publishEvent(new RecordChanged("initial-conference", conference.id().toString(), personId, List.of(
                change("conferenceDate", null, date), change("outcome", null, outcome.code()),
                change("categories", null, String.join(",", ProtectionRepository.codes(found))))));
        int late = clocks.conferenceWorkingDaysLate(personId, person.dateOfBirth(), journeys.eventsOf(List.of(personId)).getOrDefault(personId, List.of()), date);
        events.publishEvent(new InitialConferenceHeld(conference.id(), personId, enquiryId, date, outcome, found, late));
        if (outcome == ConferenceOutcome.PLAN) {
            AbuseCategory category = AbuseCategory.forPlan(found);
            int previous = ProtectionRules.previousPlans(plans.stream().map(ChildProtectionPlan::startDate).toList(), date);
            ChildProtectionPlan plan = new ChildProtectionPlan(UUID.randomUUID(), personId, conference.id(), date,
                    category, category, previous, null, null, 0, null, actor);
            repository.insertPlan(plan, actor);
            events.publishEvent(new RecordChanged("child-protection-plan", plan.id().toString(), personId, List.of(
                    change("startDate", null, date), change("initialCategory", null, category.code()),
                    change("latestCategory", null, category.code()), change("previousPlans", null, previous))));
            events.publishEvent(new ChildProtectionPlanStarted(plan.id(), personId, date, category, previous));
        }
        return conference.id();
    }

    /**
     * Records a core group meeting or a review conference; a review may change the latest category of abuse, and
     * one deciding to end the plan ends it on the day of the review.
     *
     * @param reviewOutcome   for a review conference; null for a core group
     * @param latestCategory  for a review conference, the category now; null to keep it
     * @throws RefusedException         naming the field
     * @throws ChangedMeanwhileException when a review changes the plan after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void recordMeeting(UUID personId, UUID planId, int version, ProtectionMeeting.Kind kind, LocalDate date,
                       ReviewOutcome reviewOutcome, AbuseCategory latestCategory) {
        writable(personId);
        ChildProtectionPlan plan = plan(personId, planId);
        List<FieldProblem> problems = new ArrayList<>(ProtectionRules.meeting(plan, date, today()));
        if (kind == ProtectionMeeting.Kind.REVIEW_CONFERENCE && reviewOutcome == null) {
            problems.add(new FieldProblem("reviewOutcome", "Select what the review conference decided"));
        }
        RefusedException.refuseIfAny(problems);
        String actor = actor();
        ReviewOutcome outcome = kind == ProtectionMeeting.Kind.REVIEW_CONFERENCE ? reviewOutcome : null;
        ProtectionMeeting meeting = new ProtectionMeeting(UUID.randomUUID(), planId, kind, date, outcome);
        repository.insertMeeting(meeting, personId, actor);
        events.publishEvent(new RecordChanged(kind == ProtectionMeeting.Kind.CORE_GROUP ? "core-group-meeting" : "review-conference",
                meeting.id().toString(), personId, List.of(change("planId", null, planId), change("meetingDate", null, date),
                        change("reviewOutcome", null, outcome == null ? null : outcome.code()))));
        if (kind != ProtectionMeeting.Kind.REVIEW_CONFERENCE) {
            return;
        }
        ChildProtectionPlan changed = plan;
        if (latestCategory != null && latestCategory != plan.latestCategory()) {
            changed = new ChildProtectionPlan(plan.id(), personId, plan.conferenceId(), plan.startDate(), plan.initialCategory(),
                    latestCategory, plan.previousPlans(), plan.endDate(), plan.endReason(), plan.version(), plan.updatedAt(),
                    plan.updatedBy());
        }
        if (outcome == ReviewOutcome.END_PLAN) {
            changed = changed.end(ENDED_AT_REVIEW, date, today());
        }
        if (changed != plan) {
            savePlan(plan, changed, version, actor);
        }
    }

    /**
     * @throws RefusedException         naming the field (an end before the plan started, in the future...)
     * @throws ChangedMeanwhileException when the plan was changed after {@code version} was read
     */
    @Transactional(noRollbackFor = NotPermittedException.class)
    void endPlan(UUID personId, UUID planId, int version, LocalDate date, String reason) {
        writable(personId);
        ChildProtectionPlan plan = plan(personId, planId);
        savePlan(plan, plan.end(reason, date, today()), version, actor());
    }

    private void savePlan(ChildProtectionPlan before, ChildProtectionPlan after, int version, String actor) {
        if (!repository.updatePlan(after, version, actor)) {
            throw changedMeanwhile(repository.plan(before.id()).orElseThrow());
        }
        List<FieldChange> changes = new ArrayList<>();
        if (before.latestCategory() != after.latestCategory()) {
            changes.add(change("latestCategory", before.latestCategory().code(), after.latestCategory().code()));
        }
        if (!Objects.equals(before.endDate(), after.endDate())) {
            changes.add(change("endDate", null, after.endDate()));
            changes.add(change("endReason", null, after.endReason()));
        }
        events.publishEvent(new RecordChanged("child-protection-plan", after.id().toString(), after.personId(), changes));
        if (before.open() && !after.open()) {
            events.publishEvent(after.ended());
        }
    }

    /** @throws RefusedException naming the field (a visit in the future or outside the plan...) */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordVisit(UUID personId, UUID planId, LocalDate date, boolean seen, boolean seenAlone, boolean bedroomSeen,
                     String childsViews, String observations) {
        writable(personId);
        ChildProtectionPlan plan = plan(personId, planId);
        RefusedException.refuseIfAny(ProtectionRules.visit(plan, date, seen, seenAlone, today()));
        String actor = actor();
        ChildProtectionVisit visit = new ChildProtectionVisit(UUID.randomUUID(), planId, date, seen, seenAlone, bedroomSeen,
                childsViews, observations);
        repository.insertVisit(visit, personId, actor);
        events.publishEvent(new RecordChanged("child-protection-visit", visit.id().toString(), personId, List.of(
                change("planId", null, planId), change("visitDate", null, date), change("seen", null, seen),
                change("seenAlone", null, seenAlone), change("bedroomSeen", null, bedroomSeen),
                change("childsViews", null, childsViews), change("observations", null, observations))));
        events.publishEvent(new ChildProtectionVisitRecorded(visit.id(), planId, personId, date, seen, seenAlone));
        return visit.id();
    }

    /** @throws RefusedException naming the field */
    @Transactional(noRollbackFor = NotPermittedException.class)
    UUID recordOrder(UUID personId, ProtectiveOrderKind kind, LocalDate start, LocalDate end) {
        writable(personId);
        RefusedException.refuseIfAny(ProtectionRules.protectiveOrder(start, end, today()));
        ProtectiveOrder order = new ProtectiveOrder(UUID.randomUUID(), personId, kind, start, end);
        repository.insertOrder(order, actor());
        events.publishEvent(new RecordChanged("protective-order", order.id().toString(), personId, List.of(
                change("kind", null, kind.code()), change("startDate", null, start), change("endDate", null, end))));
        return order.id();
    }

    private static ChangedMeanwhileException changedMeanwhile(Section47Enquiry now) {
        return new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
    }

    private static ChangedMeanwhileException changedMeanwhile(ChildProtectionPlan now) {
        return new ChangedMeanwhileException(now.updatedBy(), now.updatedAt());
    }

    private static FieldChange change(String field, String old, Object now) {
        return new FieldChange(field, old, now == null ? null : Objects.toString(now));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
