package uk.opencsc.childinneed;

import org.springframework.context.ApplicationEventPublisher;
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
import uk.opencsc.protection.ChildProtectionPlan;
import uk.opencsc.protection.ChildProtectionPlans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Loads many child in need plans at once, with their reviews and visits (the synthetic local authority, a migration),
 * with PostgreSQL's COPY. One transaction: every plan is checked by the same rules as the forms first, and one bad
 * plan loads nothing. One exception: a loaded plan is not asked why no assessment recommended it, since the old
 * system's assessments may not be loaded with it. The load is audited as one change; no domain event is published
 * per row (a load is history, not news). The children's chronologies get the entries the pages would have made
 * ({@link ChildInNeedChronology}'s, from the same events) through {@link ChronologyBulkLoad}.
 */
@Service
public class ChildInNeedBulkLoad {

    private final DataSource dataSource;
    private final CinEpisodes cinEpisodes;
    private final ChildProtectionPlans protectionPlans;
    private final ChildInNeedRepository repository;
    private final ChronologyBulkLoad chronologyLoad;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChildInNeedBulkLoad(DataSource dataSource, CinEpisodes cinEpisodes, ChildProtectionPlans protectionPlans,
                        ChildInNeedRepository repository, ChronologyBulkLoad chronologyLoad, ApplicationEventPublisher events,
                        Optional<Clock> clock) {
        this.dataSource = dataSource;
        this.cinEpisodes = cinEpisodes;
        this.protectionPlans = protectionPlans;
        this.repository = repository;
        this.chronologyLoad = chronologyLoad;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** What a load wrote. */
    public record Summary(int plans, int openPlans, int reviews, int visits) {
    }

    /**
     * @throws InvalidValueException naming the plan (by position) and the field when it breaks a rule: no CIN episode
     *                               open on its start, a second open plan, a child protection plan running, a plan
     *                               running past its episode's closure, a review or visit outside it...; nothing is loaded
     * @throws IllegalStateException when the database refuses a row, with PostgreSQL's message; nothing is loaded
     */
    @Transactional
    public Summary load(List<HistoricCinPlan> plans) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        String actor = actor();
        CopyRows planRows = new CopyRows("child_in_need_plan (id, person_id, referral_id, start_date, lead_worker, "
                + "needs_and_outcomes, without_assessment_reason, end_date, end_reason, created_by, updated_by)");
        CopyRows reviewRows = new CopyRows("child_in_need_review (id, plan_id, person_id, review_date, decision, notes, created_by)");
        CopyRows visitRows = new CopyRows("child_in_need_visit (id, plan_id, person_id, visited_on, visited_time, seen, "
                + "seen_alone, bedroom_seen, childs_views, observations, worker, created_by)");
        // the entries the pages would have made, from the same events (ChildInNeedChronology's)
        List<SignificantEvent> chronology = new ArrayList<>();
        // the open plan of each child: on the record already, or earlier in this load
        Map<UUID, Optional<ChildInNeedPlan>> openOf = new HashMap<>();
        int openPlans = 0;
        int reviewCount = 0;
        int visitCount = 0;
        for (int i = 0; i < plans.size(); i++) {
            HistoricCinPlan h = plans.get(i);
            UUID person = h.personId();
            Optional<Referral> episode = cinEpisodes.openOn(person, h.startDate());
            ChildInNeedPlan open = openOf.computeIfAbsent(person,
                    p -> repository.plansOf(p).stream().filter(ChildInNeedPlan::open).findFirst()).orElse(null);
            LocalDate cpSince = protectionPlans.runningThrough(person, h.startDate()).map(ChildProtectionPlan::startDate).orElse(null);
            refuseIfAny(i, h, ChildInNeedRules.start(h.startDate(),
                    new ChildInNeedRules.Circumstances(episode.isPresent(), open, cpSince, true),
                    h.leadWorker(), h.needsAndOutcomes(), h.withoutAssessmentReason(), today));
            Referral referral = episode.get();
            ChildInNeedPlan plan = new ChildInNeedPlan(UUID.randomUUID(), person, referral.id(), h.startDate(),
                    h.leadWorker().trim(), h.needsAndOutcomes().trim(), ChildInNeedRepository.trimmed(h.withoutAssessmentReason()),
                    null, null, 0, null, actor);
            chronology.add(ChildInNeedChronology.entry(new ChildInNeedPlanStarted(plan.id(), person, referral.id(), plan.startDate(),
                    plan.leadWorker())));
            for (HistoricCinPlan.Review r : h.reviews()) {
                refuseIfAny(i, h, ChildInNeedRules.review(plan, r.date(), r.decision(), r.notes(),
                        r.decision() == CinReviewDecision.END ? h.endReason() : null, today));
                if (h.endDate() != null && r.date().isAfter(h.endDate())) {
                    refuseIfAny(i, h, List.of(new FieldProblem("reviewDate", "Review on " + r.date() + " is after the plan ended, " + h.endDate())));
                }
                UUID reviewId = UUID.randomUUID();
                reviewRows.add(reviewId, plan.id(), person, r.date(), r.decision().code(),
                        ChildInNeedRepository.trimmed(r.notes()), actor);
                chronology.add(ChildInNeedChronology.entry(new ChildInNeedPlanReviewed(reviewId, plan.id(), person, r.date(), r.decision())));
                reviewCount++;
            }
            LocalDate closes = referral.closureDate();
            if (h.endDate() != null) {
                try {
                    plan = plan.end(h.endReason(), h.endDate(), today);
                } catch (RefusedException e) {
                    refuseIfAny(i, h, e.problems());
                }
                chronology.add(ChildInNeedChronology.entry(new ChildInNeedPlanEnded(plan.id(), person, plan.startDate(), plan.endDate(),
                        plan.endReason())));
            }
            if (closes != null && (plan.open() || plan.endDate().isAfter(closes))) {
                refuseIfAny(i, h, List.of(new FieldProblem("endDate", "The plan must end by the day its CIN episode closed, " + closes)));
            }
            for (HistoricCinPlan.Visit v : h.visits()) {
                refuseIfAny(i, h, ChildInNeedRules.visit(plan, v.at(), v.seen(), v.seenAlone(), v.worker(), now));
                UUID visitId = UUID.randomUUID();
                visitRows.add(visitId, plan.id(), person, v.at().toLocalDate(), v.at().toLocalTime(), v.seen(),
                        v.seenAlone(), v.bedroomSeen().code(), ChildInNeedRepository.trimmed(v.childsViews()),
                        ChildInNeedRepository.trimmed(v.observations()), v.worker().trim(), actor);
                chronology.add(ChildInNeedChronology.entry(new ChildInNeedVisitRecorded(visitId, plan.id(), person, v.at(), v.seen(),
                        v.seenAlone())));
                visitCount++;
            }
            if (plan.open()) {
                openPlans++;
                openOf.put(person, Optional.of(plan));
            }
            planRows.add(plan.id(), person, referral.id(), plan.startDate(), plan.leadWorker(), plan.needsAndOutcomes(),
                    plan.withoutAssessmentReason(), plan.endDate(), plan.endReason() == null ? null : plan.endReason().code(),
                    actor, actor);
        }
        CopyRows.copyAll(dataSource, "the child in need load", planRows, reviewRows, visitRows);
        chronologyLoad.load(chronology);
        events.publishEvent(new RecordChanged("child-in-need-bulk-load", UUID.randomUUID().toString(), null, List.of(
                new FieldChange("childInNeedPlans", null, String.valueOf(plans.size())),
                new FieldChange("reviews", null, String.valueOf(reviewCount)),
                new FieldChange("visits", null, String.valueOf(visitCount)))));
        return new Summary(plans.size(), openPlans, reviewCount, visitCount);
    }

    private static void refuseIfAny(int index, HistoricCinPlan h, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            FieldProblem first = problems.getFirst();
            throw new InvalidValueException(first.field(), "Child in need plan " + (index + 1) + " (person " + h.personId()
                    + "): " + first.message());
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }
}
