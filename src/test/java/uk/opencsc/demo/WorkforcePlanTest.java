package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import uk.opencsc.access.Role;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WorkforcePlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final WorkforcePlan DEFAULT = WorkforcePlan.of(new DemoSpecification(60_000, 2026, TODAY));

    @Test
    void the_default_scale_has_forty_teams_across_the_four_services_with_their_kinds() {
        assertThat(DEFAULT.teams()).hasSize(40);
        assertThat(DEFAULT.teams().stream().map(WorkforcePlan.Team::service).distinct()).containsExactlyElementsOf(WorkforcePlan.SERVICES);
        assertThat(DEFAULT.teamsOf(WorkforcePlan.CHILDREN_IN_NEED_AND_PROTECTION)).hasSize(16)
                .extracting(WorkforcePlan.Team::kind).contains(uk.opencsc.workforce.TeamKind.CHILD_IN_NEED_AND_PROTECTION,
                        uk.opencsc.workforce.TeamKind.DISABLED_CHILDREN, uk.opencsc.workforce.TeamKind.COMPLEX_SAFEGUARDING);
        assertThat(DEFAULT.teamsOf(WorkforcePlan.CHILDREN_IN_CARE)).extracting(WorkforcePlan.Team::kind)
                .containsOnlyOnce(uk.opencsc.workforce.TeamKind.ADOPTION);
        assertThat(DEFAULT.demoSocialWorkersTeam().kind()).isEqualTo(uk.opencsc.workforce.TeamKind.CHILD_IN_NEED_AND_PROTECTION);
        assertThat(new HashSet<>(DEFAULT.teams().stream().map(WorkforcePlan.Team::name).toList())).hasSize(40);
    }

    @Test
    void teams_scale_with_the_scale_and_every_service_has_one() {
        assertThat(WorkforcePlan.of(new DemoSpecification(500, 1, TODAY)).teams()).hasSize(4);
        assertThat(WorkforcePlan.of(new DemoSpecification(120_000, 1, TODAY)).teams()).hasSize(80);
    }

    @Test
    void every_team_has_one_manager_and_eight_to_twelve_workers_about_400_in_all() {
        Map<String, List<WorkforcePlan.User>> byTeam = DEFAULT.users().stream().filter(u -> u.team() != null)
                .collect(Collectors.groupingBy(WorkforcePlan.User::team));
        assertThat(byTeam).hasSize(40);
        byTeam.forEach((team, members) -> {
            assertThat(members.stream().filter(u -> u.role() == Role.TEAM_MANAGER)).as(team).hasSize(1);
            long workers = members.stream().filter(u -> u.role() == Role.SOCIAL_WORKER || u.role() == Role.PERSONAL_ADVISER).count();
            assertThat(workers).as(team).isBetween(8L, 13L);
        });
        assertThat(DEFAULT.users().stream().filter(u -> u.role() == Role.SOCIAL_WORKER || u.role() == Role.PERSONAL_ADVISER))
                .hasSizeBetween(370, 430);
        assertThat(DEFAULT.users()).hasSizeBetween(450, 510);
    }

    @Test
    void one_memorable_demo_user_per_role_with_the_password_demo() {
        List<WorkforcePlan.User> demo = DEFAULT.users().stream().filter(u -> u.password() != null).toList();
        assertThat(demo).extracting(WorkforcePlan.User::username).containsExactly(
                "sw.demo", "pa.demo", "tm.demo", "hos.demo", "iro.demo", "analyst.demo", "inspector.demo", "admin.demo", "cs.demo",
                "tmcic.demo", "adopt.demo");
        assertThat(demo.subList(0, Role.values().length)).extracting(WorkforcePlan.User::role).containsExactly(Role.values());
        // the complex safeguarding team's worker, for the places and groups pages
        assertThat(demo.get(8).role()).isEqualTo(Role.SOCIAL_WORKER);
        assertThat(demo.get(8).team()).isEqualTo("Complex safeguarding team");
        // a children in care team's manager, for the looked after children's tray
        assertThat(demo.get(9).role()).isEqualTo(Role.TEAM_MANAGER);
        assertThat(demo.get(9).team()).isEqualTo(DEFAULT.teamsOf(WorkforcePlan.CHILDREN_IN_CARE).getFirst().name());
        assertThat(demo.get(10).role()).isEqualTo(Role.SOCIAL_WORKER);
        assertThat(demo.get(10).team()).isEqualTo(WorkforcePlan.ADOPTION_TEAM);
        assertThat(demo).allMatch(u -> u.password().equals("demo"));
        var sw = demo.get(0);
        var tm = demo.get(2);
        assertThat(sw.team()).isEqualTo(tm.team()).isEqualTo(DEFAULT.demoSocialWorkersTeam().name());
        assertThat(DEFAULT.demoSocialWorkersTeam().service()).isEqualTo(WorkforcePlan.CHILDREN_IN_NEED_AND_PROTECTION);
        assertThat(demo.get(1).team()).startsWith("Leaving care");
        assertThat(demo.get(3).service()).isEqualTo(WorkforcePlan.CHILDREN_IN_NEED_AND_PROTECTION);
    }

    @Test
    void inspectors_access_expires_thirty_days_after_the_load_and_nobody_elses_does() {
        assertThat(DEFAULT.users().stream().filter(u -> u.role() == Role.INSPECTOR))
                .isNotEmpty().allMatch(u -> TODAY.plusDays(30).equals(u.accessExpiresOn()));
        assertThat(DEFAULT.users().stream().filter(u -> u.role() != Role.INSPECTOR)).allMatch(u -> u.accessExpiresOn() == null);
    }

    @Test
    void generated_staff_have_unique_plain_usernames_and_no_password() {
        List<WorkforcePlan.User> staff = DEFAULT.users().stream().filter(u -> u.password() == null).toList();
        assertThat(staff).allMatch(u -> u.username().matches("[a-z]+\\.[a-z]+\\d*"));
        assertThat(new HashSet<>(DEFAULT.users().stream().map(WorkforcePlan.User::username).toList())).hasSize(DEFAULT.users().size());
        assertThat(staff.stream().filter(u -> u.role() == Role.HEAD_OF_SERVICE).map(WorkforcePlan.User::service))
                .containsExactlyInAnyOrder(WorkforcePlan.FRONT_DOOR, WorkforcePlan.CHILDREN_IN_CARE, WorkforcePlan.CARE_LEAVERS);
    }
}
