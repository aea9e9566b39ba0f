package uk.opencsc.protection;

import org.junit.jupiter.api.Test;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.TimescaleRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The protection record as the timescales engine reads it. */
class ProtectionJourneysTest {

    static final DueWork DUE_WORK = new DueWork(TimescaleRules.of(RuleCatalogue.standard()), WorkingDayCalendar.englandAndWales());
    static final UUID CHILD = UUID.randomUUID();
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static StrategyDiscussion discussion(LocalDate day, StrategyDecision decision) {
        return new StrategyDiscussion(UUID.randomUUID(), CHILD, UUID.randomUUID(), day.atTime(16, 30), Set.of(Agency.POLICE),
                null, decision, "why", 0, null, "worker");
    }

    static ChildProtectionPlan plan(LocalDate start, LocalDate end) {
        return new ChildProtectionPlan(UUID.randomUUID(), CHILD, null, start, AbuseCategory.NEG, AbuseCategory.NEG, 0, end,
                end == null ? null : "Ended at a review conference", 0, null, "worker");
    }

    static Obligation obligation(List<Obligation> all, String rule) {
        return all.stream().filter(o -> o.rule().id().value().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void an_initial_conference_held_the_same_day_as_the_strategy_discussion_meets_it_on_time() {
        var events = ProtectionJourneys.eventsOf(List.of(discussion(MONDAY, StrategyDecision.SECTION_47)), List.of(),
                List.of(new InitialConference(UUID.randomUUID(), CHILD, UUID.randomUUID(), MONDAY, ConferenceOutcome.NO_PLAN, Set.of())),
                List.of(), List.of(), List.of());
        var due = DUE_WORK.forChild(new ChildJourney(CHILD, null, events), MONDAY.plusDays(1));
        assertThat(obligation(due, "initial-child-protection-conference").state()).isEqualTo(ObligationState.MET_ON_TIME);
    }

    @Test
    void a_strategy_discussion_deciding_no_section_47_starts_no_conference_clock() {
        var events = ProtectionJourneys.eventsOf(List.of(discussion(MONDAY, StrategyDecision.NO_SECTION_47)), List.of(),
                List.of(), List.of(), List.of(), List.of());
        assertThat(DUE_WORK.forChild(new ChildJourney(CHILD, null, events), MONDAY.plusWeeks(5))).isEmpty();
    }

    @Test
    void a_review_conference_on_the_day_the_plan_ends_counts_and_the_plan_end_stops_the_visits() {
        LocalDate start = MONDAY;
        LocalDate review = start.plusMonths(3);
        ChildProtectionPlan ended = plan(start, review);
        var events = ProtectionJourneys.eventsOf(List.of(), List.of(), List.of(), List.of(ended),
                List.of(new ProtectionMeeting(UUID.randomUUID(), ended.id(), ProtectionMeeting.Kind.REVIEW_CONFERENCE, review,
                        ReviewOutcome.END_PLAN)), List.of());
        var due = DUE_WORK.forChild(new ChildJourney(CHILD, null, events), review.plusMonths(1));
        assertThat(obligation(due, "child-protection-review-conference").state()).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(due.stream().filter(o -> o.rule().id().value().equals("child-protection-visit"))
                .map(Obligation::state)).doesNotContain(ObligationState.UPCOMING, ObligationState.DUE_TODAY);
    }

    @Test
    void only_a_visit_at_which_the_child_was_seen_meets_the_visiting_timescale() {
        ChildProtectionPlan open = plan(MONDAY, null);
        LocalDate visited = MONDAY.plusDays(7);
        var events = ProtectionJourneys.eventsOf(List.of(), List.of(), List.of(), List.of(open), List.of(),
                List.of(new ChildProtectionVisit(UUID.randomUUID(), open.id(), visited, false, false, false, null, "No answer at the door")));
        var due = DUE_WORK.forChild(new ChildJourney(CHILD, null, events), visited);
        assertThat(obligation(due, "child-protection-visit").closedOn()).isNull();
    }
}
