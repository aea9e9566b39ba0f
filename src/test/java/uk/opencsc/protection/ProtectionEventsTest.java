package uk.opencsc.protection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.opencsc.access.Role;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.NewAddress;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.Postcode;
import uk.opencsc.people.Sex;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The events the chronology will listen to, published by real transitions; and the bulk load's refusals. */
@IntegrationTest
@RecordApplicationEvents
class ProtectionEventsTest {

    @Autowired ProtectionRecords records;
    @Autowired ProtectionBulkLoad bulk;
    @Autowired PeopleBulkLoad people;
    @Autowired PersonLookup lookup;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingDayCalendar calendar;
    @Autowired ApplicationEvents events;

    UUID child;
    String worker;

    @BeforeEach
    void aChildWithAnOpenReferral() {
        UUID team = data.aTeam("Child protection");
        worker = data.aUser(Role.SOCIAL_WORKER, team, "Child protection");
        String localId = "PE" + Long.toString(System.nanoTime() % 1_000_000_000L);
        PersonDetails details = new PersonDetails("Ava", null, "Morgan", null, Sex.of("F"), null, LocalDate.of(2019, 9, 1), null,
                Ethnicity.of("WBRI"), null, null, false, Set.of(), null, null, null, false, null, null, team, false, null);
        TestData.asSystem(() -> people.load(List.of(new NewPerson(localId, details,
                new NewAddress("2 High Street", null, "Northmoor", Postcode.of("NM1 1AA"), LocalDate.of(2020, 1, 1)), List.of()))));
        child = lookup.idsOfLocalIds(List.of(localId)).get(localId);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void aReferralOn(LocalDate day) {
        jdbc.sql("""
                insert into referral (id, person_id, referral_date, source, created_by, updated_by)
                values (:id, :p, :d, '6', 'test', 'test')""").param("id", UUID.randomUUID()).param("p", child).param("d", day).update();
    }

    @Test
    void a_strategy_discussion_through_to_a_plan_its_visit_and_its_end_publishes_each_event_with_the_child_and_its_dates() {
        LocalDate day = LocalDate.now().minusDays(40);
        aReferralOn(day.minusDays(1));
        TestData.signIn(worker, Role.SOCIAL_WORKER);
        LocalDateTime held = day.atTime(10, 30);
        UUID discussion = records.recordStrategyDiscussion(child, held, Set.of(Agency.POLICE, Agency.HEALTH), "DS Khan",
                StrategyDecision.SECTION_47, "Injury not explained");
        Section47Started started = events.stream(Section47Started.class).findFirst().orElseThrow();
        assertThat(events.stream(StrategyDiscussionHeld.class).findFirst().orElseThrow())
                .extracting(StrategyDiscussionHeld::strategyDiscussionId, StrategyDiscussionHeld::personId, StrategyDiscussionHeld::heldAt)
                .containsExactly(discussion, child, held);
        assertThat(started.personId()).isEqualTo(child);
        assertThat(started.startDate()).isEqualTo(day);
        assertThat(started.initialConferenceTarget()).isEqualTo(calendar.addWorkingDays(day, WorkingDays.of(15)));

        records.recordOutcome(child, started.section47Id(), 0, Section47Outcome.SUBSTANTIATED_ICPC, day.plusDays(2), null);
        LocalDate conference = day.plusDays(7);
        records.recordConference(child, started.section47Id(), 1, conference, ConferenceOutcome.PLAN, Set.of(AbuseCategory.NEG, AbuseCategory.EMO));
        InitialConferenceHeld icpc = events.stream(InitialConferenceHeld.class).findFirst().orElseThrow();
        assertThat(icpc.personId()).isEqualTo(child);
        assertThat(icpc.conferenceDate()).isEqualTo(conference);
        assertThat(icpc.workingDaysLate()).isZero();
        ChildProtectionPlanStarted plan = events.stream(ChildProtectionPlanStarted.class).findFirst().orElseThrow();
        assertThat(plan).extracting(ChildProtectionPlanStarted::personId, ChildProtectionPlanStarted::startDate,
                ChildProtectionPlanStarted::category, ChildProtectionPlanStarted::previousPlans)
                .containsExactly(child, conference, AbuseCategory.MUL, 0);

        UUID visit = records.recordVisit(child, plan.planId(), conference.plusDays(5), true, false, true, "Fine", null);
        assertThat(events.stream(ChildProtectionVisitRecorded.class)).containsExactly(
                new ChildProtectionVisitRecorded(visit, plan.planId(), child, conference.plusDays(5), true, false));
        records.endPlan(child, plan.planId(), 0, conference.plusDays(20), "Risk reduced");
        assertThat(events.stream(ChildProtectionPlanEnded.class)).containsExactly(
                new ChildProtectionPlanEnded(plan.planId(), child, conference, conference.plusDays(20), "Risk reduced"));
    }

    @Test
    void a_bulk_load_with_an_enquiry_outside_any_cin_episode_loads_nothing_and_names_the_enquiry_and_field() {
        LocalDate day = LocalDate.now().minusDays(30);
        aReferralOn(day);
        HistoricEnquiry fine = new HistoricEnquiry(child, day.atTime(11, 0), Set.of(Agency.POLICE), "Injury", Section47Outcome.NOT_SUBSTANTIATED,
                day.plusDays(5), "No concerns found", null, null, null, null, null, null, null, null);
        HistoricEnquiry before = new HistoricEnquiry(child, day.minusDays(3).atTime(11, 0), Set.of(Agency.POLICE), "Injury", null, null,
                null, null, null, null, null, null, null, null, null);
        TestData.asSystem(() -> assertThatThrownBy(() -> bulk.load(List.of(fine, before)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Enquiry 2").hasMessageContaining("no open CIN episode"));
        assertThat(jdbc.sql("select count(*) from strategy_discussion where person_id = :p").param("p", child).query(Long.class).single()).isZero();

        ProtectionBulkLoad.Summary loaded = TestData.asSystem(() -> bulk.load(List.of(fine)));
        assertThat(loaded.enquiries()).isEqualTo(1);
        assertThat(jdbc.sql("select icpc_not_required from section47_enquiry where person_id = :p").param("p", child)
                .query(Boolean.class).single()).isTrue();
    }
}
