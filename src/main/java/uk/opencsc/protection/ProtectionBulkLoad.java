package uk.opencsc.protection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.frontdoor.Referral;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.validation.RefusedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads many section 47 enquiries at once, with their strategy discussions, conferences and plans (the synthetic
 * local authority, a migration), with PostgreSQL's COPY. One transaction: every enquiry is checked by the same
 * rules as the forms first, and one bad enquiry loads nothing. The load is audited as one change; no domain
 * event is published per row (a load is history, not news). The children's chronologies get the entries the pages
 * would have made ({@link ProtectionChronology}'s, from the same events) through {@link ChronologyBulkLoad}.
 */
@Service
public class ProtectionBulkLoad {

    private final DataSource dataSource;
    private final CinEpisodes cinEpisodes;
    private final ProtectionRepository repository;
    private final ProtectionClocks clocks;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProtectionBulkLoad(DataSource dataSource, CinEpisodes cinEpisodes, ProtectionRepository repository, ProtectionClocks clocks,
                       ChronologyBulkLoad chronologyLoad, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.cinEpisodes = cinEpisodes;
        this.repository = repository;
        this.clocks = clocks;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int enquiries, int conferences, int plans, int openPlans, int visits) {
    }

    /**
     * @throws InvalidValueException naming the enquiry (by position) and the field when it breaks a rule or the
     *                               child has no CIN episode open on the strategy discussion's day; nothing is loaded
     * @throws IllegalStateException when the database refuses a row, with PostgreSQL's message; nothing is loaded
     */
    @Transactional
    public Summary load(List<HistoricEnquiry> enquiries) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        String actor = actor();
        CopyRows discussions = new CopyRows("strategy_discussion (id, person_id, referral_id, held_on, held_time, agencies, attendees, decision, rationale, created_by, updated_by)");
        CopyRows s47 = new CopyRows("section47_enquiry (id, person_id, strategy_discussion_id, start_date, icpc_target, outcome, outcome_date, icpc_not_required, icpc_not_required_why, date_of_icpc, created_by, updated_by)");
        CopyRows conferences = new CopyRows("initial_conference (id, person_id, section47_id, conference_date, outcome, categories, created_by)");
        CopyRows plans = new CopyRows("child_protection_plan (id, person_id, conference_id, start_date, initial_category, latest_category, previous_plans, end_date, end_reason, created_by, updated_by)");
        CopyRows meetings = new CopyRows("child_protection_meeting (id, plan_id, person_id, kind, meeting_date, review_outcome, created_by)");
        CopyRows visits = new CopyRows("child_protection_visit (id, plan_id, person_id, visit_date, seen, seen_alone, bedroom_seen, childs_views, observations, created_by)");
        // the entries the pages would have made, from the same events (ProtectionChronology's)
        List<SignificantEvent> chronology = new ArrayList<>();
        Map<UUID, List<ChildProtectionPlan>> plansOf = new HashMap<>();
        int conferenceCount = 0;
        int planCount = 0;
        int openPlans = 0;
        int visitCount = 0;
        for (int i = 0; i < enquiries.size(); i++) {
            HistoricEnquiry h = enquiries.get(i);
            UUID person = h.personId();
            LocalDate start = h.strategyDiscussionAt().toLocalDate();
            Optional<Referral> episode = cinEpisodes.openOn(person, start);
            refuseIfAny(i, h, ProtectionRules.strategyDiscussion(h.strategyDiscussionAt(), episode.isPresent(), h.agencies(),
                    StrategyDecision.SECTION_47, h.rationale(), now));
            UUID discussionId = UUID.randomUUID();
            discussions.add(discussionId, person, episode.get().id(), start, h.strategyDiscussionAt().toLocalTime(),
                    array(ProtectionRepository.codes(h.agencies())), null, StrategyDecision.SECTION_47.code(), h.rationale().trim(),
                    actor, actor);
            chronology.add(ProtectionChronology.entry(new StrategyDiscussionHeld(discussionId, person, episode.get().id(),
                    h.strategyDiscussionAt(), h.agencies(), StrategyDecision.SECTION_47)));
            Section47Enquiry enquiry = new Section47Enquiry(UUID.randomUUID(), person, discussionId, start,
                    clocks.initialConferenceTarget(start), null, null, false, null, null, 0, null, actor);
            chronology.add(ProtectionChronology.entry(new Section47Started(enquiry.id(), person, discussionId, start,
                    enquiry.initialConferenceTarget())));
            if (h.outcome() != null) {
                refuseIfAny(i, h, ProtectionRules.section47Outcome(enquiry, h.outcome(), h.outcomeDate(), h.icpcNotRequiredWhy(), today));
            }
            boolean notRequired = h.outcome() != null && h.outcome() != Section47Outcome.SUBSTANTIATED_ICPC;
            s47.add(enquiry.id(), person, discussionId, start, enquiry.initialConferenceTarget(),
                    h.outcome() == null ? null : h.outcome().code(), h.outcomeDate(), notRequired,
                    notRequired ? h.icpcNotRequiredWhy().trim() : null, h.conferenceDate(), actor, actor);
            if (h.conferenceDate() == null) {
                continue;
            }
            Section47Enquiry awaiting = new Section47Enquiry(enquiry.id(), person, discussionId, start,
                    enquiry.initialConferenceTarget(), h.outcome(), h.outcomeDate(), false, null, null, 0, null, actor);
            List<ChildProtectionPlan> earlier = plansOf.computeIfAbsent(person, p -> new ArrayList<>(repository.plansOf(p)));
            ChildProtectionPlan open = earlier.stream().filter(ChildProtectionPlan::open).findFirst().orElse(null);
            refuseIfAny(i, h, ProtectionRules.initialConference(awaiting, h.conferenceDate(), h.conferenceOutcome(), h.categories(),
                    open, today));
            UUID conferenceId = UUID.randomUUID();
            conferences.add(conferenceId, person, enquiry.id(), h.conferenceDate(), h.conferenceOutcome().code(),
                    array(ProtectionRepository.codes(h.categories())), actor);
            conferenceCount++;
            Set<AbuseCategory> found = h.madeAPlan() ? h.categories() : Set.of();
            chronology.add(ProtectionChronology.entry(new InitialConferenceHeld(conferenceId, person, enquiry.id(), h.conferenceDate(),
                    h.conferenceOutcome(), found, clocks.workingDaysAfterTarget(enquiry.initialConferenceTarget(), h.conferenceDate()))));
            if (!h.madeAPlan()) {
                continue;
            }
            AbuseCategory category = AbuseCategory.forPlan(h.categories());
            ChildProtectionPlan plan = new ChildProtectionPlan(UUID.randomUUID(), person, conferenceId, h.conferenceDate(),
                    category, category, ProtectionRules.previousPlans(earlier.stream().map(ChildProtectionPlan::startDate).toList(),
                    h.conferenceDate()), null, null, 0, null, actor);
            chronology.add(ProtectionChronology.entry(new ChildProtectionPlanStarted(plan.id(), person, plan.startDate(), category,
                    plan.previousPlans())));
            if (h.planEnded() != null) {
                try {
                    plan = plan.end(h.planEndReason(), h.planEnded(), today);
                } catch (RefusedException e) {
                    refuseIfAny(i, h, e.problems());
                }
                chronology.add(ProtectionChronology.entry(new ChildProtectionPlanEnded(plan.id(), person, plan.startDate(),
                        plan.endDate(), plan.endReason())));
            } else {
                openPlans++;
            }
            for (LocalDate d : h.coreGroups()) {
                refuseIfAny(i, h, ProtectionRules.meeting(plan, d, today));
                meetings.add(UUID.randomUUID(), plan.id(), person, ProtectionMeeting.Kind.CORE_GROUP.name(), d, null, actor);
            }
            for (LocalDate d : h.reviews()) {
                refuseIfAny(i, h, ProtectionRules.meeting(plan, d, today));
                ReviewOutcome outcome = d.equals(h.planEnded()) ? ReviewOutcome.END_PLAN : ReviewOutcome.CONTINUE;
                meetings.add(UUID.randomUUID(), plan.id(), person, ProtectionMeeting.Kind.REVIEW_CONFERENCE.name(), d,
                        outcome.code(), actor);
            }
            for (HistoricEnquiry.Visit v : h.visits()) {
                refuseIfAny(i, h, ProtectionRules.visit(plan, v.date(), v.seen(), v.seenAlone(), today));
                UUID visitId = UUID.randomUUID();
                visits.add(visitId, plan.id(), person, v.date(), v.seen(), v.seenAlone(), v.bedroomSeen(),
                        v.childsViews(), null, actor);
                chronology.add(ProtectionChronology.entry(new ChildProtectionVisitRecorded(visitId, plan.id(), person, v.date(),
                        v.seen(), v.seenAlone())));
                visitCount++;
            }
            earlier.add(plan);
            plans.add(plan.id(), person, conferenceId, plan.startDate(), category.code(), category.code(), plan.previousPlans(),
                    plan.endDate(), plan.endReason(), actor, actor);
            planCount++;
        }
        CopyRows.copyAll(dataSource, "the child protection load", discussions, s47, conferences, plans, meetings, visits);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("protection-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("section47Enquiries", null, String.valueOf(enquiries.size())),
                new FieldChange("initialConferences", null, String.valueOf(conferenceCount)),
                new FieldChange("childProtectionPlans", null, String.valueOf(planCount)),
                new FieldChange("visits", null, String.valueOf(visitCount)))));
        return new Summary(enquiries.size(), conferenceCount, planCount, openPlans, visitCount);
    }

    private static void refuseIfAny(int index, HistoricEnquiry h, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Enquiry " + (index + 1) + " (person " + h.personId() + "): "
                    + first.message());
        }
    }

    /** A PostgreSQL array literal of codes (codes never hold commas, quotes or braces). */
    private static String array(String[] codes) {
        return "{" + String.join(",", codes) + "}";
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
