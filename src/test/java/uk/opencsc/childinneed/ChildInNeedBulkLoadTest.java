package uk.opencsc.childinneed;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.opencsc.access.Role;
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
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.EventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ChildInNeedBulkLoadTest {

    @Autowired ChildInNeedBulkLoad bulk;
    @Autowired ChildInNeedJourneys journeys;
    @Autowired PeopleBulkLoad people;
    @Autowired PersonLookup lookup;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    UUID child;
    LocalDate referred = LocalDate.now().minusDays(120);

    @BeforeEach
    void aChildWithAReferralClosedLastWeek() {
        UUID team = data.aTeam("Children in need");
        data.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        String localId = "CB" + Long.toString(System.nanoTime() % 1_000_000_000L);
        PersonDetails details = new PersonDetails("Noah", null, "Price", null, Sex.of("M"), null, LocalDate.of(2017, 4, 2), null,
                Ethnicity.of("WBRI"), null, null, false, Set.of(), null, null, null, false, null, null, team, false, null);
        TestData.asSystem(() -> people.load(List.of(new NewPerson(localId, details,
                new NewAddress("5 Low Street", null, "Northmoor", Postcode.of("NM1 1AA"), LocalDate.of(2020, 1, 1)), List.of()))));
        child = lookup.idsOfLocalIds(List.of(localId)).get(localId);
        jdbc.sql("""
                insert into referral (id, person_id, referral_date, source, closure_date, reason_for_closure, created_by, updated_by)
                values (:id, :p, :d, '6', :c, 'RC7', 'test', 'test')""")
                .param("id", UUID.randomUUID()).param("p", child).param("d", referred).param("c", LocalDate.now().minusDays(7)).update();
    }

    HistoricCinPlan aPlanEndingOn(LocalDate end) {
        LocalDate start = referred.plusDays(30);
        return new HistoricCinPlan(child, start, "Priya Shah", "Noah at school every day", null,
                List.of(new HistoricCinPlan.Review(start.plusDays(60), CinReviewDecision.CONTINUE, null)),
                List.of(new HistoricCinPlan.Visit(start.plusDays(10).atTime(10, 0), true, true, BedroomSeen.YES, "Fine", null, "Priya Shah"),
                        new HistoricCinPlan.Visit(start.plusDays(30).atTime(10, 0), false, false, BedroomSeen.NOT_RELEVANT, null, "Out", "Priya Shah")),
                end, end == null ? null : CinPlanEndReason.NEEDS_MET);
    }

    @Test
    void a_plan_running_past_its_episodes_closure_loads_nothing_and_names_the_plan_and_field() {
        HistoricCinPlan fine = aPlanEndingOn(LocalDate.now().minusDays(7));
        HistoricCinPlan stillOpen = aPlanEndingOn(null);
        TestData.asSystem(() -> assertThatThrownBy(() -> bulk.load(List.of(fine, stillOpen)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Child in need plan 2")
                .hasMessageContaining("must end by the day its CIN episode closed"));
        assertThat(jdbc.sql("select count(*) from child_in_need_plan where person_id = :p").param("p", child).query(Long.class).single()).isZero();

        ChildInNeedBulkLoad.Summary loaded = TestData.asSystem(() -> bulk.load(List.of(fine)));
        assertThat(loaded).isEqualTo(new ChildInNeedBulkLoad.Summary(1, 0, 1, 2));
        LocalDate start = referred.plusDays(30);
        UUID plan = jdbc.sql("select id from child_in_need_plan where person_id = :p").param("p", child).query(UUID.class).single();
        assertThat(journeys.eventsOf(child)).containsExactly(
                ChildEvent.on(EventType.CHILD_IN_NEED_PLAN_STARTED, start).from(plan),
                ChildEvent.on(EventType.CHILD_IN_NEED_VISIT, start.plusDays(10)),
                ChildEvent.on(EventType.CHILD_IN_NEED_PLAN_REVIEW, start.plusDays(60)),
                ChildEvent.on(EventType.CHILD_IN_NEED_PLAN_ENDED, LocalDate.now().minusDays(7)));
    }

    @Test
    void a_visit_outside_the_plan_is_refused_naming_the_visit_date() {
        LocalDate start = referred.plusDays(30);
        HistoricCinPlan early = new HistoricCinPlan(child, start, "Priya Shah", "needs", null, List.of(),
                List.of(new HistoricCinPlan.Visit(start.minusDays(1).atTime(9, 0), true, false, BedroomSeen.NO, null, null, "Priya Shah")),
                LocalDate.now().minusDays(7), CinPlanEndReason.NEEDS_MET);
        TestData.asSystem(() -> assertThatThrownBy(() -> bulk.load(List.of(early)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).contains("Date of the visit must be within the plan")));
    }
}
