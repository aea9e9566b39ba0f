package uk.opencsc.timescales;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.opencsc.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Each deadline of the law, one row per edge: weekends, Easter, Christmas, substitute days. */
class StatutoryDeadlinesTest {

    static final StatutoryDeadlines DEADLINES = new StatutoryDeadlines(
            TimescaleRules.of(RuleCatalogue.standard()), WorkingDayCalendar.englandAndWales());

    @ParameterizedTest(name = "strategy discussion {0} -> conference by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-06 | 2026-03-27 | on a Friday: day 1 is the next Monday
            2026-03-09 | 2026-03-30 | on a Monday
            2026-04-06 | 2026-04-27 | on a bank holiday (Easter Monday): day 1 is the Tuesday
            2026-04-02 | 2026-04-27 | before Easter: Good Friday and Easter Monday are not counted
            2027-12-20 | 2028-01-13 | across Christmas 2027 on a Saturday (27, 28 Dec) and New Year 2028 on a Saturday (3 Jan)
            2026-12-24 | 2027-01-19 | on Christmas Eve 2026: Boxing Day substitute Monday 28th
            """)
    void an_initial_child_protection_conference_is_due_15_working_days_after_the_strategy_discussion(
            LocalDate strategyDiscussion, LocalDate due, String edge) {
        assertThat(DEADLINES.initialConferenceDue(strategyDiscussion)).as(edge).isEqualTo(due);
    }

    @ParameterizedTest(name = "contact {0} -> decision by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-04 | 2026-03-05 | a Wednesday
            2026-03-06 | 2026-03-09 | a Friday
            2026-03-07 | 2026-03-09 | a Saturday
            2026-12-24 | 2026-12-29 | Christmas Eve 2026
            2027-12-24 | 2027-12-29 | Christmas Eve 2027, Christmas and Boxing Day substitutes on 27 and 28
            """)
    void a_decision_on_a_contact_is_due_within_1_working_day(LocalDate contact, LocalDate due, String edge) {
        assertThat(DEADLINES.contactDecisionDue(contact)).as(edge).isEqualTo(due);
    }

    @ParameterizedTest(name = "referral {0} -> assessment by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-05 | 2026-03-09 | nine clear weeks, no bank holidays
            2026-03-02 | 2026-05-07 | across Easter and the early May bank holiday
            """)
    void a_child_and_family_assessment_is_due_within_45_working_days_of_the_referral(LocalDate referral, LocalDate due, String edge) {
        assertThat(DEADLINES.assessmentDue(referral)).as(edge).isEqualTo(due);
    }

    @ParameterizedTest(name = "conference {0} -> first core group by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-05-22 | 2026-06-08 | across the spring bank holiday
            2026-03-11 | 2026-03-25 | two clear weeks
            """)
    void a_first_core_group_is_due_10_working_days_after_the_initial_conference(LocalDate conference, LocalDate due, String edge) {
        assertThat(DEADLINES.firstCoreGroupDue(conference)).as(edge).isEqualTo(due);
    }

    @ParameterizedTest(name = "conference {0} -> first review by {1}")
    @CsvSource({"2026-03-10, 2026-06-10", "2026-01-31, 2026-04-30", "2026-11-30, 2027-02-28"})
    void a_first_child_protection_review_is_due_3_months_after_the_initial_conference(LocalDate conference, LocalDate due) {
        assertThat(DEADLINES.firstReviewConferenceDue(conference)).isEqualTo(due);
    }

    @ParameterizedTest(name = "looked after from {0} -> first review by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-24 | 2027-01-26 | became looked after on 24 December 2026
            2027-12-24 | 2028-01-26 | on 24 December 2027: Christmas on a Saturday, New Year on a Saturday
            2026-03-06 | 2026-04-07 | on a Friday, across Easter
            """)
    void a_first_looked_after_review_is_due_20_working_days_after_becoming_looked_after(LocalDate from, LocalDate due, String edge) {
        assertThat(DEADLINES.firstLookedAfterReviewDue(from)).as(edge).isEqualTo(due);
    }

    @ParameterizedTest(name = "placement {0} -> first visit by {1}")
    @CsvSource({"2026-03-02, 2026-03-09", "2026-12-24, 2026-12-31"})
    void a_looked_after_child_is_visited_within_1_week_of_a_placement_starting(LocalDate placement, LocalDate due) {
        assertThat(DEADLINES.firstPlacementVisitDue(placement)).isEqualTo(due);
    }

    @ParameterizedTest(name = "returned {0} -> interview by {1}")
    @CsvSource({"2026-03-06T22:30, 2026-03-09T22:30", "2026-12-24T09:00, 2026-12-27T09:00"})
    void a_return_home_interview_is_offered_within_72_hours_of_the_return(LocalDateTime returned, LocalDateTime due) {
        assertThat(DEADLINES.returnInterviewDueBy(returned)).isEqualTo(due);
    }

    @ParameterizedTest(name = "issued {0} -> concluded by {1}")
    @CsvSource({"2026-01-05, 2026-07-05", "2026-12-24, 2027-06-23"})
    void care_proceedings_conclude_within_26_weeks_beginning_with_the_day_the_application_was_issued(LocalDate issued, LocalDate due) {
        assertThat(DEADLINES.careProceedingsDue(issued)).isEqualTo(due);
    }
}
