package uk.opencsc.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.Role;
import uk.opencsc.platform.cli.CommandLineRunner;
import uk.opencsc.support.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Loads a small demo authority into the shared test database. Ordered first (junit-platform.properties
 * orders classes by {@code @Order}) because the demo loads only into a record with no persons.
 */
@IntegrationTest
@Order(1)
class DemoLoadTest {

    static final int SCALE = 500;
    static final LocalDate TODAY = LocalDate.now();

    static DemoLoader.Result loaded;

    @Autowired
    DemoLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessAdministration access;
    @Autowired
    CommandLineRunner cli;
    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void loadOnce(@Autowired DemoLoader loader) {
        assertThat(loader.personsOnRecord()).as("the demo test must run before any test records a person").isZero();
        loaded = loader.load(new DemoSpecification(SCALE, 2026, TODAY), (stage, done, total) -> { });
    }

    @Test
    void the_load_writes_the_generated_persons_teams_and_users() {
        assertThat(loader.personsOnRecord()).isEqualTo(SCALE);
        assertThat(loaded.persons()).isEqualTo(SCALE);
        assertThat(loaded.summary()).startsWith("Demo local authority loaded: 500 persons, 4 teams, ");
        WorkforcePlan plan = WorkforcePlan.of(new DemoSpecification(SCALE, 2026, TODAY));
        assertThat(access.teams()).extracting(AccessAdministration.TeamSummary::name)
                .containsAll(plan.teams().stream().map(WorkforcePlan.Team::name).toList());
        long relationships = jdbc.sql("select count(*) from relationship").query(Long.class).single();
        assertThat(relationships).isEqualTo(2L * loaded.relationships());
        assertThat(jdbc.sql("select count(*) from person where restricted").query(Long.class).single()).isPositive();
    }

    @Test
    void the_last_years_child_protection_is_loaded_on_the_front_doors_referrals_at_a_large_citys_rates() {
        // ~2,000 section 47 enquiries and ~700 initial conferences a year per 60,000 persons: at 500 persons ~17 and ~6
        long enquiries = jdbc.sql("select count(*) from section47_enquiry").query(Long.class).single();
        assertThat(enquiries).isBetween(12L, 20L);
        assertThat(jdbc.sql("select count(*) from strategy_discussion s join referral r on r.id = s.referral_id and r.person_id = s.person_id")
                .query(Long.class).single()).isEqualTo(enquiries);
        assertThat(jdbc.sql("select count(*) from section47_enquiry where outcome = 'SUBSTANTIATED_ICPC'").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from section47_enquiry where icpc_not_required").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from child_protection_plan p where exists (select 1 from child_protection_visit v where v.plan_id = p.id)")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void child_in_need_plans_follow_about_a_third_of_referrals_with_visits_and_some_overdue_and_none_beside_a_protection_plan() {
        long referrals = jdbc.sql("select count(*) from referral").query(Long.class).single();
        long plans = jdbc.sql("select count(*) from child_in_need_plan").query(Long.class).single();
        // a third of referrals at most; fewer where the assessment is still going on or the episode closed first
        assertThat(plans).isPositive().isLessThanOrEqualTo(Math.round(referrals / 3.0));
        assertThat(jdbc.sql("select count(*) from child_in_need_plan where end_date is null").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from child_in_need_visit where seen").query(Long.class).single()).isGreaterThan(plans);
        assertThat(jdbc.sql("""
                select count(*) from child_in_need_plan p join section47_enquiry e on e.person_id = p.person_id""")
                .query(Long.class).single()).as("no child in need plan for a child in child protection").isZero();
        assertThat(jdbc.sql("""
                select count(*) from child_in_need_plan p where p.end_date is null and not exists (
                    select 1 from child_in_need_visit v where v.plan_id = p.id and v.seen and v.visited_on > current_date - 28)""")
                .query(Long.class).single()).as("open plans whose visit is overdue").isPositive();
    }

    @Test
    void the_referrals_get_their_child_and_family_assessments_each_within_its_cin_episode() {
        long referrals = jdbc.sql("select count(*) from referral where not no_further_action").query(Long.class).single();
        long assessments = jdbc.sql("select count(*) from child_and_family_assessment").query(Long.class).single();
        assertThat(assessments).isPositive().isLessThanOrEqualTo(referrals);
        assertThat(jdbc.sql("select count(*) from child_and_family_assessment a join referral r on r.id = a.referral_id and r.person_id = a.person_id")
                .query(Long.class).single()).isEqualTo(assessments);
        assertThat(jdbc.sql("select count(*) from child_and_family_assessment where state = 'AUTHORISED'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from assessment_child_seen").query(Long.class).single()).isPositive();
    }

    @Test
    void the_last_years_front_door_is_loaded_at_a_large_citys_rates_with_some_decisions_late() {
        // 35,000 contacts and ~10,000 referrals a year per 60,000 persons: at 500 persons ~290 and ~85
        long contacts = jdbc.sql("select count(*) from contact").query(Long.class).single();
        long referrals = jdbc.sql("select count(*) from referral").query(Long.class).single();
        assertThat(contacts).isEqualTo(loaded.contacts()).isBetween(240L, 300L);
        assertThat(referrals).isEqualTo(loaded.referrals()).isBetween(55L, 115L);
        assertThat(jdbc.sql("select count(*) from early_help_episode").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select min(received_on) from contact").query(LocalDate.class).single()).isBefore(TODAY.minusDays(300));
        assertThat(jdbc.sql("select count(*) from contact where decided_on >= received_on + 4").query(Long.class).single())
                .as("some decisions are late").isPositive();
        assertThat(jdbc.sql("select count(*) from contact c join app_user u on u.username = c.decided_by where u.role = 'TEAM_MANAGER'")
                .query(Long.class).single()).as("decided by the authority's team managers").isEqualTo(
                jdbc.sql("select count(*) from contact where decision is not null").query(Long.class).single());
    }

    @Test
    void every_child_with_an_open_cin_episode_is_allocated_in_their_team_but_a_few_who_wait() {
        long open = jdbc.sql("select count(distinct person_id) from referral where closure_date is null").query(Long.class).single();
        long allocated = jdbc.sql("""
                select count(*) from allocation a join person p on p.id = a.person_id
                where a.ended_on is null and a.team_id = p.responsible_team_id""").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from allocation where ended_on is null").query(Long.class).single())
                .as("every current allocation is in the child's responsible team").isEqualTo(allocated);
        long waiting = open - jdbc.sql("""
                select count(distinct r.person_id) from referral r join allocation a on a.person_id = r.person_id and a.ended_on is null
                where r.closure_date is null""").query(Long.class).single();
        assertThat(waiting).as("children waiting").isPositive().isLessThanOrEqualTo(Math.max(5, open / 10));
        long swDemo = jdbc.sql("""
                select count(*) from allocation a join app_user u on u.id = a.worker_user_id
                where u.username = 'sw.demo' and a.ended_on is null""").query(Long.class).single();
        assertThat(swDemo).isPositive().isLessThanOrEqualTo(SyntheticWorkforce.DEMO_CASELOAD);
        assertThat(jdbc.sql("""
                select count(*) from app_user u left join worker_employment e on e.user_id = u.id
                where u.role in ('SOCIAL_WORKER', 'PERSONAL_ADVISER', 'TEAM_MANAGER') and e.user_id is null""").query(Long.class).single())
                .as("workers without employment details").isZero();
        assertThat(jdbc.sql("select count(*) from team t left join team_kind k on k.team_id = t.id where k.team_id is null")
                .query(Long.class).single()).as("teams without a kind").isZero();
    }

    @Test
    void the_leaving_care_teams_care_leavers_are_loaded_with_personal_advisers_and_pa_demo_holds_some() {
        long careLeavers = jdbc.sql("select count(*) from care_leaver").query(Long.class).single();
        assertThat(careLeavers).isPositive().isLessThanOrEqualTo(SyntheticCareLeavers.countAt(SCALE));
        assertThat(jdbc.sql("""
                select count(*) from care_leaver c where c.support_ended_on is null
                and not exists (select 1 from allocation a where a.person_id = c.person_id and a.ended_on is null)""")
                .query(Long.class).single()).as("supported care leavers without a personal adviser").isZero();
        assertThat(jdbc.sql("""
                select count(*) from allocation a join app_user u on u.id = a.worker_user_id join care_leaver c on c.person_id = a.person_id
                where u.username = 'pa.demo' and a.ended_on is null""").query(Long.class).single())
                .isPositive().isLessThanOrEqualTo(SyntheticCareLeavers.DEMO_CASELOAD);
    }

    @Test
    void children_in_care_teams_hold_about_1400_looked_after_children_per_large_city_allocated_with_some_visits_overdue_and_care_leavers_left_at_18() {
        long open = count("select count(*) from period_of_care where end_date is null");
        assertThat(open).isPositive().isLessThanOrEqualTo(Math.round(SyntheticCare.LOOKED_AFTER_AT_60000 * SCALE / 60_000.0));
        assertThat(count("""
                select count(*) from period_of_care c join person p on p.id = c.person_id join team_kind k on k.team_id = p.responsible_team_id
                where c.end_date is null and k.kind <> 'CHILDREN_IN_CARE'""")).as("looked after children held by other teams").isZero();
        assertThat(count("select count(*) from care_episode where reason_new_episode = 'S'")).isEqualTo(count("select count(*) from period_of_care"));
        assertThat(count("""
                select count(*) from period_of_care c where c.end_date is null and not exists (
                    select 1 from allocation a where a.person_id = c.person_id and a.ended_on is null)""")).as("looked after children without a worker")
                .isLessThanOrEqualTo(Math.max(2, open / 5));
        assertThat(count("""
                select count(*) from period_of_care c join person p on p.id = c.person_id
                where c.end_date is not null and c.end_date = p.date_of_birth + interval '18 years'""")).as("care leavers who left at 18").isPositive();
        assertThat(count("select count(*) from chronology_entry where source_module = 'care' and summary like 'Became looked after%'"))
                .isEqualTo(count("select count(*) from period_of_care"));
    }

    @Test
    void most_children_looked_after_four_months_or_more_have_a_primary_permanence_plan_some_parallel_and_the_iro_and_family_time_are_recorded() {
        long longer = count("select count(*) from period_of_care where end_date is null and not short_breaks and start_date < date '" + TODAY + "' - interval '4 months'");
        long planned = count("""
                select count(*) from period_of_care c where c.end_date is null and not c.short_breaks and c.start_date < date '%s' - interval '4 months'
                and exists (select 1 from permanence_plan p where p.period_id = c.id and p.is_primary and p.ended_on is null)""".formatted(TODAY));
        assertThat(planned).as("looked after 4 months or more with a primary plan").isGreaterThan(longer * 3 / 4).isLessThanOrEqualTo(longer);
        assertThat(count("select count(*) from permanence_plan where not is_primary")).as("parallel plans").isPositive();
        assertThat(count("select count(*) from iro_contact")).isGreaterThan(longer);
        assertThat(count("select count(*) from family_time_session")).isPositive();
        assertThat(count("select count(*) from chronology_entry where source_module = 'care' and summary like 'Permanence plan agreed%'"))
                .isEqualTo(count("select count(*) from permanence_plan where is_primary and end_reason is distinct from 'REPLACED'")
                        - count("select count(*) from permanence_plan p where p.is_primary and exists (select 1 from permanence_plan o "
                        + "where o.person_id = p.person_id and o.is_primary and o.end_reason = 'REPLACED' and o.ended_on = p.agreed_on)"));
    }

    @Test
    void one_demo_user_per_role_with_the_right_role_team_and_expiry() {
        Map<String, String> roles = jdbc.sql("select username, role from app_user where username like '%.demo'")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(roles).containsExactlyInAnyOrderEntriesOf(Map.of(
                "sw.demo", Role.SOCIAL_WORKER.name(), "pa.demo", Role.PERSONAL_ADVISER.name(),
                "tm.demo", Role.TEAM_MANAGER.name(), "hos.demo", Role.HEAD_OF_SERVICE.name(),
                "iro.demo", Role.INDEPENDENT_REVIEWING_OFFICER.name(), "analyst.demo", Role.PERFORMANCE_ANALYST.name(),
                "inspector.demo", Role.INSPECTOR.name(), "admin.demo", Role.ADMINISTRATOR.name(),
                "cs.demo", Role.SOCIAL_WORKER.name(), "tmcic.demo", Role.TEAM_MANAGER.name()));
        assertThat(jdbc.sql("select access_expires_on from app_user where username = 'inspector.demo'").query(LocalDate.class).single())
                .isEqualTo(TODAY.plusDays(30));
        long swTeamChildren = jdbc.sql("""
                select count(*) from person p join app_user u on u.team_id = p.responsible_team_id
                where u.username = 'sw.demo'""").query(Long.class).single();
        assertThat(swTeamChildren).as("children held by sw.demo's team").isPositive();
        assertThat(jdbc.sql("select count(distinct team_id) from app_user where username in ('sw.demo', 'tm.demo')").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void demo_users_sign_in_with_the_password_demo_and_generated_staff_cannot() throws Exception {
        mvc.perform(formLogin("/sign-in").user("sw.demo").password("demo")).andExpect(authenticated().withRoles(Role.SOCIAL_WORKER.name()));
        mvc.perform(formLogin("/sign-in").user("admin.demo").password("demo")).andExpect(authenticated().withRoles(Role.ADMINISTRATOR.name()));
        String staff = jdbc.sql("select username from app_user where password_hash is null order by username limit 1").query(String.class).single();
        mvc.perform(formLogin("/sign-in").user(staff).password("demo")).andExpect(unauthenticated());
    }

    @Test
    void the_demo_childrens_chronologies_hold_the_entries_of_every_loaded_journey_fact() {
        Map<String, Long> bySource = jdbc.sql("select source_module, count(*) from chronology_entry group by source_module")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(bySource).containsKeys("frontdoor", "protection", "assessment", "childinneed", "workforce");
        // one "contact received" per contact, one start per assessment, CIN plan and section 47 enquiry, one line per allocation
        assertThat(count("select count(*) from chronology_entry where source_module = 'frontdoor' and kind = 'CONTACT'"))
                .isEqualTo(count("select count(*) from contact"));
        assertThat(count("select count(*) from chronology_entry where summary like 'Child and family assessment started%'"))
                .isEqualTo(count("select count(*) from child_and_family_assessment"));
        assertThat(count("select count(*) from chronology_entry where summary like 'Child in need plan started%'"))
                .isEqualTo(count("select count(*) from child_in_need_plan"));
        assertThat(count("select count(*) from chronology_entry where summary like 'Section 47 enquiry started%'"))
                .isEqualTo(count("select count(*) from section47_enquiry"));
        assertThat(count("select count(*) from chronology_entry where source_module = 'workforce' and summary like '%llocated%to%'"))
                .isEqualTo(count("select count(*) from allocation"));
        assertThat(count("select count(*) from chronology_entry where source_module = 'workforce' and summary like 'Discussed in %supervision%'"))
                .isEqualTo(count("select count(*) from supervision_discussion")).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void a_second_load_is_refused_and_changes_nothing() {
        assertThatThrownBy(() -> loader.load(new DemoSpecification(10, 1, TODAY), (stage, done, total) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds 500 person(s)");
        assertThat(loader.personsOnRecord()).isEqualTo(SCALE);
    }

    @Test
    void the_demo_load_command_refuses_with_a_message_and_exit_status_1_when_persons_exist() {
        PrintStream err = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        int status;
        try {
            status = cli.run("demo", "load", "--scale", "10");
        } finally {
            System.setErr(err);
        }
        assertThat(status).isEqualTo(1);
        assertThat(captured.toString()).contains("refused").contains("never changes or deletes real data");
        assertThat(loader.personsOnRecord()).isEqualTo(SCALE);
    }
}
