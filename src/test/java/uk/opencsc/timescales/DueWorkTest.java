package uk.opencsc.timescales;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.opencsc.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.timescales.EventType.*;
import static uk.opencsc.timescales.Journeys.aChild;
import static uk.opencsc.timescales.Journeys.aChildBornOn;
import static uk.opencsc.timescales.ObligationState.*;

class DueWorkTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    static final DueWork DUE_WORK = new DueWork(TimescaleRules.of(RuleCatalogue.standard()), CALENDAR);

    static List<Obligation> of(RuleId rule, ChildJourney journey, String today) {
        return of(DUE_WORK, rule, journey, today);
    }

    static List<Obligation> of(DueWork dueWork, RuleId rule, ChildJourney journey, String today) {
        return dueWork.forChild(journey, LocalDate.parse(today)).stream().filter(o -> o.rule().id().equals(rule)).toList();
    }

    @ParameterizedTest(name = "conference due 2026-03-27, looked at on {0}: {1} by {2}")
    @CsvSource({
            "2026-03-20, UPCOMING, 0",
            "2026-03-27, DUE_TODAY, 0",
            "2026-03-30, OVERDUE, 1",
            "2026-04-08, OVERDUE, 6",
            "2026-04-10, OVERDUE, 8",   // Good Friday 3 April and Easter Monday 6 April are not counted
    })
    void an_initial_conference_not_yet_held_is_upcoming_then_due_today_then_overdue_by_working_days(
            String today, ObligationState state, int late) {
        var journey = aChild().on("2026-03-06", STRATEGY_DISCUSSION).journey();
        var obligation = of(StatutoryDeadlines.INITIAL_CHILD_PROTECTION_CONFERENCE, journey, today).getFirst();
        assertThat(obligation.dueOn()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(obligation.state()).isEqualTo(state);
        assertThat(obligation.workingDaysLate()).isEqualTo(late);
        assertThat(obligation.wouldBeSatisfiedBy()).containsExactly(INITIAL_CHILD_PROTECTION_CONFERENCE);
    }

    @ParameterizedTest(name = "conference held {0}: {1} by {2}")
    @CsvSource({"2026-03-20, MET_ON_TIME, 0", "2026-03-27, MET_ON_TIME, 0", "2026-03-31, MET_LATE, 2"})
    void an_initial_conference_held_by_the_15th_working_day_is_on_time_and_after_it_late(
            String held, ObligationState state, int late) {
        var journey = aChild().on("2026-03-06", STRATEGY_DISCUSSION).on(held, INITIAL_CHILD_PROTECTION_CONFERENCE).journey();
        var obligation = of(StatutoryDeadlines.INITIAL_CHILD_PROTECTION_CONFERENCE, journey, "2026-05-01").getFirst();
        assertThat(obligation.state()).isEqualTo(state);
        assertThat(obligation.workingDaysLate()).isEqualTo(late);
        assertThat(obligation.closedOn()).isEqualTo(held);
    }

    @Test
    void an_initial_conference_is_due_from_the_last_strategy_discussion_where_several_were_held() {
        var journey = aChild().on("2026-03-06", STRATEGY_DISCUSSION).on("2026-03-16", STRATEGY_DISCUSSION).journey();
        var obligations = of(StatutoryDeadlines.INITIAL_CHILD_PROTECTION_CONFERENCE, journey, "2026-03-20");
        assertThat(obligations).extracting(Obligation::state).containsExactly(NO_LONGER_NEEDED, UPCOMING);
        assertThat(obligations.getLast().dueOn()).isEqualTo(DUE_WORK_DEADLINES().initialConferenceDue(LocalDate.of(2026, 3, 16)));
    }

    @Test
    void a_section_47_that_ends_without_a_conference_needs_no_conference() {
        var journey = aChild().on("2026-03-06", STRATEGY_DISCUSSION).on("2026-03-12", SECTION_47_ENDED_WITHOUT_CONFERENCE).journey();
        assertThat(of(StatutoryDeadlines.INITIAL_CHILD_PROTECTION_CONFERENCE, journey, "2026-06-01"))
                .singleElement().satisfies(o -> {
                    assertThat(o.state()).isEqualTo(NO_LONGER_NEEDED);
                    assertThat(o.workingDaysLate()).isZero();
                });
    }

    @Test
    void each_contact_needs_its_own_decision_within_1_working_day() {
        var journey = aChild().on("2026-03-02", CONTACT_RECEIVED).on("2026-03-02", CONTACT_DECISION)
                .on("2026-03-05", CONTACT_RECEIVED).journey();
        var obligations = of(StatutoryDeadlines.CONTACT_DECISION, journey, "2026-03-09");
        assertThat(obligations).extracting(Obligation::state).containsExactly(MET_ON_TIME, OVERDUE);
        assertThat(obligations.getLast().workingDaysLate()).isEqualTo(1);
    }

    @Test
    void an_overdue_assessment_shows_whether_a_reason_for_the_delay_was_recorded() {
        var without = aChild().on("2026-01-05", REFERRAL_RECEIVED).journey();
        var with = aChild().on("2026-01-05", REFERRAL_RECEIVED).reasonForDelay("2026-03-06", StatutoryDeadlines.CHILD_AND_FAMILY_ASSESSMENT).journey();
        assertThat(of(StatutoryDeadlines.CHILD_AND_FAMILY_ASSESSMENT, without, "2026-03-12").getFirst().reasonRecorded()).isFalse();
        var overdue = of(StatutoryDeadlines.CHILD_AND_FAMILY_ASSESSMENT, with, "2026-03-12").getFirst();
        assertThat(overdue.state()).isEqualTo(OVERDUE);
        assertThat(overdue.workingDaysLate()).isEqualTo(3);
        assertThat(overdue.reasonRecorded()).isTrue();
    }

    @Test
    void looked_after_reviews_are_due_20_working_days_after_becoming_looked_after_then_3_months_then_6_months() {
        var journey = aChild().on("2026-12-24", BECAME_LOOKED_AFTER)
                .on("2027-01-26", LOOKED_AFTER_REVIEW)       // due 26 January 2027
                .on("2027-04-20", LOOKED_AFTER_REVIEW)       // second: within three months of the first, by 26 April
                .on("2027-10-25", LOOKED_AFTER_REVIEW)       // third: within six months of the second, by 20 October
                .reasonForDelay("2027-10-18", StatutoryDeadlines.LOOKED_AFTER_REVIEW)
                .journey();
        var reviews = of(StatutoryDeadlines.LOOKED_AFTER_REVIEW, journey, "2027-11-01");
        assertThat(reviews).extracting(Obligation::dueOn).containsExactly(LocalDate.of(2027, 1, 26), LocalDate.of(2027, 4, 26),
                LocalDate.of(2027, 10, 20), LocalDate.of(2028, 4, 25));
        assertThat(reviews).extracting(Obligation::state).containsExactly(MET_ON_TIME, MET_ON_TIME, MET_LATE, UPCOMING);
        assertThat(reviews.get(2).workingDaysLate()).isEqualTo(3);
        assertThat(reviews.get(2).reasonRecorded()).isTrue();
    }

    @Test
    void reviews_stop_being_needed_when_the_child_ceases_to_be_looked_after() {
        var journey = aChild().on("2026-03-02", BECAME_LOOKED_AFTER).on("2026-03-10", CEASED_LOOKED_AFTER).journey();
        assertThat(of(StatutoryDeadlines.LOOKED_AFTER_REVIEW, journey, "2026-09-01")).extracting(Obligation::state).containsExactly(NO_LONGER_NEEDED);
    }

    @Test
    void a_looked_after_child_is_visited_every_6_weeks_in_the_first_year_then_every_3_months_in_a_placement_meant_to_last_until_18() {
        var journey = aChild().on("2026-01-05", BECAME_LOOKED_AFTER).on("2026-01-05", PLACEMENT_STARTED)
                .on("2026-01-09", LOOKED_AFTER_VISIT)            // within a week: by 12 January
                .on("2026-02-20", LOOKED_AFTER_VISIT)            // six weeks after 9 January: by 20 February
                .on("2026-06-01", PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN)
                .on("2027-01-08", LOOKED_AFTER_VISIT)            // late, but now past the first year
                .journey();
        var visits = of(StatutoryDeadlines.LOOKED_AFTER_VISIT, journey, "2027-01-10");
        assertThat(visits).extracting(Obligation::dueOn).containsExactly(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 4, 3), LocalDate.of(2027, 4, 8));
        assertThat(visits).extracting(Obligation::state).containsExactly(MET_ON_TIME, MET_ON_TIME, MET_LATE, UPCOMING);
    }

    @Test
    void a_new_placement_restarts_the_visits_within_1_week() {
        var journey = aChild().on("2026-01-05", BECAME_LOOKED_AFTER).on("2026-01-05", PLACEMENT_STARTED)
                .on("2026-01-09", LOOKED_AFTER_VISIT).on("2026-02-02", PLACEMENT_STARTED).journey();
        var visits = of(StatutoryDeadlines.LOOKED_AFTER_VISIT, journey, "2026-02-03");
        assertThat(visits).extracting(Obligation::state).containsExactly(MET_ON_TIME, NO_LONGER_NEEDED, UPCOMING);
        assertThat(visits.getLast().dueOn()).isEqualTo(LocalDate.of(2026, 2, 9));
    }

    @ParameterizedTest(name = "born {0}: next health assessment due {1}")
    @CsvSource({"2023-06-01, 2026-08-01", "2020-06-01, 2027-02-01", "2021-02-01, 2027-02-01"})
    void health_is_assessed_every_6_months_under_5_and_every_12_months_from_5(LocalDate born, LocalDate nextDue) {
        var journey = aChildBornOn(born).on("2026-01-05", BECAME_LOOKED_AFTER).on("2026-02-01", HEALTH_ASSESSMENT).journey();
        assertThat(of(StatutoryDeadlines.HEALTH_ASSESSMENT, journey, "2026-03-01").getLast().dueOn()).isEqualTo(nextDue);
    }

    @Test
    void a_return_home_interview_offered_after_72_hours_is_late_even_on_the_same_day() {
        var journey = aChild().at("2026-03-02T09:00", RETURNED_FROM_MISSING).at("2026-03-05T10:00", RETURN_HOME_INTERVIEW_OFFERED)
                .at("2026-03-10T18:00", RETURNED_FROM_MISSING).at("2026-03-12T09:00", RETURN_HOME_INTERVIEW_OFFERED).journey();
        var interviews = of(StatutoryDeadlines.RETURN_HOME_INTERVIEW, journey, "2026-03-20");
        assertThat(interviews).extracting(Obligation::state).containsExactly(MET_LATE, MET_ON_TIME);
        assertThat(interviews.getFirst().dueBy()).isEqualTo("2026-03-05T09:00");
    }

    @Test
    void care_proceedings_are_overdue_from_the_day_after_the_26th_week_ends() {
        var journey = aChild().on("2026-01-05", CARE_PROCEEDINGS_ISSUED).journey();
        assertThat(of(StatutoryDeadlines.CARE_PROCEEDINGS, journey, "2026-07-05").getFirst().state()).isEqualTo(DUE_TODAY);
        assertThat(of(StatutoryDeadlines.CARE_PROCEEDINGS, journey, "2026-07-06").getFirst().state()).isEqualTo(OVERDUE);
    }

    @Test
    void a_local_visit_frequency_applies_to_plans_started_on_or_after_it_takes_effect() {
        var rules = TimescaleRules.of(RuleCatalogue.standard(), List.of(new LocalSetting(StatutoryDeadlines.CHILD_PROTECTION_VISIT,
                LocalDate.of(2026, 3, 1), TimeLimit.of(5, PeriodUnit.WORKING_DAYS), TimeLimit.of(15, PeriodUnit.WORKING_DAYS))));
        var dueWork = new DueWork(rules, CALENDAR);
        var before = aChild().on("2026-02-02", CHILD_PROTECTION_PLAN_STARTED).on("2026-02-10", CHILD_PROTECTION_VISIT).journey();
        var after = aChild().on("2026-03-02", CHILD_PROTECTION_PLAN_STARTED).on("2026-03-06", CHILD_PROTECTION_VISIT).journey();
        assertThat(of(dueWork, StatutoryDeadlines.CHILD_PROTECTION_VISIT, before, "2026-03-10")).extracting(Obligation::dueOn)
                .containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 24));
        assertThat(of(dueWork, StatutoryDeadlines.CHILD_PROTECTION_VISIT, after, "2026-03-10")).extracting(Obligation::dueOn)
                .containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 27));
    }

    @Test
    void a_full_journey_makes_obligations_for_every_rule_in_the_catalogue() {
        var obligations = DUE_WORK.forChild(Journeys.aFullJourney(UUID.randomUUID(), LocalDate.of(2022, 1, 6)), LocalDate.of(2026, 6, 1));
        assertThat(obligations).extracting(o -> o.rule().id())
                .containsAll(RuleCatalogue.standard().rules().stream().map(TimescaleRule::id).toList());
        assertThat(obligations).extracting(Obligation::state).contains(MET_ON_TIME, MET_LATE, NO_LONGER_NEEDED);
    }

    @Test
    void a_conference_held_with_no_strategy_discussion_makes_no_obligation() {
        var journey = aChild().on("2026-03-06", INITIAL_CHILD_PROTECTION_CONFERENCE).journey();
        assertThat(of(StatutoryDeadlines.INITIAL_CHILD_PROTECTION_CONFERENCE, journey, "2026-04-01")).isEmpty();
    }

    private static StatutoryDeadlines DUE_WORK_DEADLINES() {
        return new StatutoryDeadlines(TimescaleRules.of(RuleCatalogue.standard()), CALENDAR);
    }
}
