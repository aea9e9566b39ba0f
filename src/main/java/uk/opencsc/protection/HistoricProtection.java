package uk.opencsc.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.opencsc.audit.RecordChanged;
import uk.opencsc.audit.RecordChanged.FieldChange;
import uk.opencsc.chronology.ChronologyBulkLoad;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.frontdoor.CinEpisodes;
import uk.opencsc.frontdoor.Referral;
import uk.opencsc.platform.database.CopyRows;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.platform.validation.RefusedException;

/**
 * Section 47 enquiries and child protection plans known only from a CIN census (an import of a previous return or of
 * another system's). The census holds an enquiry's start, initial conference target and date, or that none was
 * needed; a plan's dates, categories, number of previous plans and review dates; these are recorded as they are
 * (the census's figures, not recomputed), with the strategy discussion every enquiry here starts from and the
 * initial conference that made a plan. What the record needs besides is said plainly as not recorded. The checks
 * are the forms' (a CIN episode open on the enquiry's day, nothing in the future, one open plan, reviews within the
 * plan); the chronology gets the entries the pages would have made; the load is audited as one change.
 */
@Service
public class HistoricProtection {

    static final String NOT_RECORDED = "Not recorded: loaded from a CIN census, which holds the dates only.";

    /**
     * A census Section47.
     *
     * @param initialConferenceTarget null when the census has none (then the statutory target is recorded)
     * @param planCategory            the initial category of the plan the initial conference made (a census plan
     *                                starting on {@code dateOfInitialConference}); null when it made none
     */
    public record CensusEnquiry(UUID personId, LocalDate startDate, LocalDate initialConferenceTarget,
                                LocalDate dateOfInitialConference, boolean initialConferenceNotRequired, AbuseCategory planCategory) {
    }

    /** A census ChildProtectionPlans, with its review dates. */
    public record CensusPlan(UUID personId, LocalDate startDate, LocalDate endDate, AbuseCategory initialCategory,
                             AbuseCategory latestCategory, int previousPlans, List<LocalDate> reviews) {
        public CensusPlan {
            reviews = List.copyOf(reviews);
        }
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CinEpisodes cinEpisodes;
    private final ProtectionRepository repository;
    private final ProtectionClocks clocks;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HistoricProtection(DataSource dataSource, JdbcClient jdbc, CinEpisodes cinEpisodes, ProtectionRepository repository,
                       ProtectionClocks clocks, ChronologyBulkLoad chronologyLoad, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cinEpisodes = cinEpisodes;
        this.repository = repository;
        this.clocks = clocks;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * @throws InvalidValueException naming the enquiry (by position) and the field; nothing is recorded
     */
    @Transactional
    public int recordEnquiries(List<CensusEnquiry> enquiries) {
        LocalDateTime now = LocalDateTime.now(clock);
        String actor = loadedBy();
        CopyRows discussions = new CopyRows("strategy_discussion (id, person_id, referral_id, held_on, held_time, agencies, attendees, decision, rationale, created_by, updated_by)");
        CopyRows s47 = new CopyRows("section47_enquiry (id, person_id, strategy_discussion_id, start_date, icpc_target, outcome, outcome_date, icpc_not_required, icpc_not_required_why, date_of_icpc, created_by, updated_by)");
        CopyRows conferences = new CopyRows("initial_conference (id, person_id, section47_id, conference_date, outcome, categories, created_by)");
        List<SignificantEvent> chronology = new ArrayList<>();
        for (int i = 0; i < enquiries.size(); i++) {
            CensusEnquiry e = enquiries.get(i);
            LocalDateTime heldAt = e.startDate().atStartOfDay();
            Optional<Referral> episode = cinEpisodes.openOn(e.personId(), e.startDate());
            List<FieldProblem> problems = new ArrayList<>(ProtectionRules.strategyDiscussion(heldAt, episode.isPresent(),
                    Set.of(Agency.OTHER), StrategyDecision.SECTION_47, NOT_RECORDED, now));
            LocalDate held = e.dateOfInitialConference();
            if (held != null && (held.isBefore(e.startDate()) || held.isAfter(now.toLocalDate()))) {
                problems.add(new FieldProblem("dateOfInitialConference", "The initial conference must be held on or after the enquiry "
                        + "started, " + e.startDate() + ", and not in the future"));
            }
            if (held != null && e.initialConferenceNotRequired()) {
                problems.add(new FieldProblem("initialConferenceNotRequired", "An enquiry that needed no initial conference cannot have held one"));
            }
            refuseIfAny(i, e.personId(), "Enquiry", problems);
            UUID discussionId = UUID.randomUUID();
            UUID referralId = episode.get().id();
            discussions.add(discussionId, e.personId(), referralId, e.startDate(), LocalTime.MIDNIGHT, "{" + Agency.OTHER.code() + "}",
                    null, StrategyDecision.SECTION_47.code(), NOT_RECORDED, actor, actor);
            chronology.add(ProtectionChronology.entry(new StrategyDiscussionHeld(discussionId, e.personId(), referralId, heldAt,
                    Set.of(Agency.OTHER), StrategyDecision.SECTION_47)));
            UUID enquiryId = UUID.randomUUID();
            LocalDate target = e.initialConferenceTarget() != null ? e.initialConferenceTarget() : clocks.initialConferenceTarget(e.startDate());
            s47.add(enquiryId, e.personId(), discussionId, e.startDate(), target,
                    held == null ? null : Section47Outcome.SUBSTANTIATED_ICPC.code(), held, e.initialConferenceNotRequired(),
                    e.initialConferenceNotRequired() ? NOT_RECORDED : null, held, actor, actor);
            chronology.add(ProtectionChronology.entry(new Section47Started(enquiryId, e.personId(), discussionId, e.startDate(), target)));
            if (held != null) {
                UUID conferenceId = UUID.randomUUID();
                ConferenceOutcome outcome = e.planCategory() == null ? ConferenceOutcome.NO_PLAN : ConferenceOutcome.PLAN;
                Set<AbuseCategory> categories = e.planCategory() == null ? Set.of() : Set.of(e.planCategory());
                conferences.add(conferenceId, e.personId(), enquiryId, held, outcome.code(),
                        "{" + String.join(",", ProtectionRepository.codes(categories)) + "}", actor);
                chronology.add(ProtectionChronology.entry(new InitialConferenceHeld(conferenceId, e.personId(), enquiryId, held, outcome,
                        categories, clocks.workingDaysAfterTarget(target, held))));
            }
        }
        CopyRows.copyAll(dataSource, "the section 47 enquiries loaded", discussions, s47, conferences);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("protection-historic-enquiries", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("section47Enquiries", null, String.valueOf(enquiries.size())),
                new FieldChange("initialConferences", null, String.valueOf(conferences.count())))));
        return enquiries.size();
    }

    /**
     * Each plan is linked to the initial conference recorded for its child on its start date, when there is one.
     *
     * @throws InvalidValueException naming the plan (by position) and the field; nothing is recorded
     */
    @Transactional
    public int recordPlans(List<CensusPlan> plans) {
        LocalDate today = LocalDate.now(clock);
        String actor = loadedBy();
        CopyRows planRows = new CopyRows("child_protection_plan (id, person_id, conference_id, start_date, initial_category, latest_category, previous_plans, end_date, end_reason, created_by, updated_by)");
        CopyRows meetings = new CopyRows("child_protection_meeting (id, plan_id, person_id, kind, meeting_date, review_outcome, created_by)");
        List<SignificantEvent> chronology = new ArrayList<>();
        java.util.Set<UUID> openIn = new java.util.HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            CensusPlan p = plans.get(i);
            UUID conference = jdbc.sql("select id from initial_conference where person_id = :p and conference_date = :d and outcome = 'PLAN'")
                    .param("p", p.personId()).param("d", p.startDate()).query(UUID.class).optional().orElse(null);
            ChildProtectionPlan plan = new ChildProtectionPlan(UUID.randomUUID(), p.personId(), conference, p.startDate(),
                    p.initialCategory(), p.latestCategory(), p.previousPlans(), null, null, 0, null, actor);
            List<FieldProblem> problems = new ArrayList<>();
            if (p.startDate().isAfter(today)) {
                problems.add(new FieldProblem("startDate", "The plan's start must be today or in the past"));
            }
            if (p.endDate() == null && (openIn.contains(p.personId()) || repository.plansOf(p.personId()).stream().anyMatch(ChildProtectionPlan::open))) {
                problems.add(new FieldProblem("endDate", "The child already has an open child protection plan"));
            }
            refuseIfAny(i, p.personId(), "Plan", problems);
            if (p.endDate() != null) {
                try {
                    plan = plan.end(NOT_RECORDED, p.endDate(), today);
                } catch (RefusedException e) {
                    refuseIfAny(i, p.personId(), "Plan", e.problems());
                }
            } else {
                openIn.add(p.personId());
            }
            for (LocalDate review : p.reviews()) {
                refuseIfAny(i, p.personId(), "Plan", ProtectionRules.meeting(plan, review, today));
                ReviewOutcome outcome = review.equals(p.endDate()) ? ReviewOutcome.END_PLAN : ReviewOutcome.CONTINUE;
                meetings.add(UUID.randomUUID(), plan.id(), p.personId(), ProtectionMeeting.Kind.REVIEW_CONFERENCE.name(), review,
                        outcome.code(), actor);
            }
            planRows.add(plan.id(), p.personId(), conference, p.startDate(), p.initialCategory().code(), p.latestCategory().code(),
                    p.previousPlans(), plan.endDate(), plan.endReason(), actor, actor);
            chronology.add(ProtectionChronology.entry(new ChildProtectionPlanStarted(plan.id(), p.personId(), p.startDate(),
                    p.initialCategory(), p.previousPlans())));
            if (plan.endDate() != null) {
                chronology.add(ProtectionChronology.entry(new ChildProtectionPlanEnded(plan.id(), p.personId(), plan.startDate(),
                        plan.endDate(), plan.endReason())));
            }
        }
        CopyRows.copyAll(dataSource, "the child protection plans loaded", planRows, meetings);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("protection-historic-plans", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("childProtectionPlans", null, String.valueOf(plans.size())),
                new FieldChange("reviews", null, String.valueOf(meetings.count())))));
        return plans.size();
    }

    private static void refuseIfAny(int index, UUID person, String what, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.getFirst().field(), what + " " + (index + 1) + " (person " + person + "): "
                    + problems.getFirst().message());
        }
    }

    /** Who is loading: the signed-in user, or "system" for a command run without one. */
    private static String loadedBy() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
