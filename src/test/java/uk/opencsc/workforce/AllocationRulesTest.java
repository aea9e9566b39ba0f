package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.opencsc.access.Role;
import uk.opencsc.platform.validation.FieldProblem;
import uk.opencsc.platform.validation.InvalidValueException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final UUID TEAM = UUID.randomUUID();

    static AllocationRules.Candidate worker(Role role) {
        return new AllocationRules.Candidate(UUID.randomUUID(), "Sam Worker", role, TEAM, true, false, true);
    }

    static Allocation current(UUID worker, LocalDate since) {
        return new Allocation(UUID.randomUUID(), UUID.randomUUID(), worker, "Jo Current", TEAM, "Team", null, null, since, "First",
                "tm", null, null, null, 0, Instant.now(), "tm");
    }

    static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"TEAM_MANAGER", "HEAD_OF_SERVICE"}, mode = EnumSource.Mode.EXCLUDE)
    void only_a_team_manager_or_head_of_service_allocates(Role role) {
        assertThat(AllocationRules.allocate(role, worker(Role.SOCIAL_WORKER), TODAY, "Needs a worker", null, null, TODAY))
                .extracting(FieldProblem::message).containsExactly("A child can only be allocated by a team manager or head of service");
        assertThat(AllocationRules.end(role, current(UUID.randomUUID(), TODAY.minusDays(3)), TODAY, "Closed", TODAY))
                .extracting(FieldProblem::field).containsExactly("endedOn");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SOCIAL_WORKER", "PERSONAL_ADVISER"})
    void a_manager_allocates_to_a_social_worker_or_personal_adviser(Role role) {
        assertThat(AllocationRules.allocate(Role.TEAM_MANAGER, worker(role), TODAY, "Needs a worker", null, null, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SOCIAL_WORKER", "PERSONAL_ADVISER"}, mode = EnumSource.Mode.EXCLUDE)
    void a_child_is_never_allocated_to_anyone_but_a_social_worker_or_personal_adviser(Role role) {
        assertThat(AllocationRules.allocate(Role.TEAM_MANAGER, worker(role), TODAY, "Needs a worker", null, null, TODAY))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("workerUserId");
                    assertThat(p.message()).contains("allocate the child to a social worker or personal adviser");
                });
    }

    @Test
    void a_worker_who_left_or_cannot_sign_in_is_not_allocated() {
        var left = new AllocationRules.Candidate(UUID.randomUUID(), "Lee Left", Role.SOCIAL_WORKER, TEAM, true, true, true);
        var disabled = new AllocationRules.Candidate(UUID.randomUUID(), "Dee Disabled", Role.SOCIAL_WORKER, TEAM, false, false, true);
        assertThat(AllocationRules.allocate(Role.TEAM_MANAGER, left, TODAY, "r", null, null, TODAY))
                .extracting(FieldProblem::message).containsExactly("Lee Left no longer works here: select a current worker");
        assertThat(fields(AllocationRules.allocate(Role.TEAM_MANAGER, disabled, TODAY, "r", null, null, TODAY))).containsExactly("workerUserId");
    }

    @Test
    void a_manager_allocates_only_to_the_teams_they_manage() {
        var elsewhere = new AllocationRules.Candidate(UUID.randomUUID(), "Oth Er", Role.SOCIAL_WORKER, TEAM, true, false, false);
        assertThat(AllocationRules.allocate(Role.TEAM_MANAGER, elsewhere, TODAY, "r", null, null, TODAY))
                .extracting(FieldProblem::message).containsExactly("Select a worker in a team you manage");
    }

    @Test
    void a_reallocation_starts_on_or_after_the_current_allocation_so_they_never_overlap() {
        Allocation current = current(UUID.randomUUID(), TODAY.minusDays(5));
        assertThat(AllocationRules.allocate(Role.TEAM_MANAGER, worker(Role.SOCIAL_WORKER), TODAY.minusDays(6), "Transfer", current, null, TODAY))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("allocatedOn"));
        assertThat(AllocationRules.allocate(Role.TEAM_MANAGER, worker(Role.SOCIAL_WORKER), TODAY.minusDays(5), "Transfer", current, null, TODAY))
                .isEmpty();
    }

    @Test
    void a_new_allocation_never_starts_before_the_last_one_ended() {
        assertThat(AllocationRules.allocate(Role.TEAM_MANAGER, worker(Role.SOCIAL_WORKER), TODAY.minusDays(3), "Back", null, TODAY.minusDays(2), TODAY))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("allocatedOn");
                    assertThat(p.message()).contains("cannot overlap");
                });
    }

    @Test
    void reallocating_to_the_worker_who_holds_the_child_is_refused() {
        var w = worker(Role.SOCIAL_WORKER);
        assertThat(fields(AllocationRules.allocate(Role.TEAM_MANAGER, w, TODAY, "r", current(w.userId(), TODAY.minusDays(1)), null, TODAY)))
                .containsExactly("workerUserId");
    }

    @Test
    void an_allocation_needs_a_reason_and_a_date_not_in_the_future() {
        assertThat(fields(AllocationRules.allocate(Role.TEAM_MANAGER, worker(Role.SOCIAL_WORKER), TODAY.plusDays(1), " ", null, null, TODAY)))
                .containsExactlyInAnyOrder("allocatedOn", "reason");
    }

    @Test
    void ending_an_allocation_before_it_began_is_refused_naming_the_end_date() {
        assertThat(AllocationRules.end(Role.TEAM_MANAGER, current(UUID.randomUUID(), TODAY.minusDays(2)), TODAY.minusDays(3), "Closed", TODAY))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("endedOn");
                    assertThat(p.message()).startsWith("Date the allocation ended must be on or after it began");
                });
    }

    @Test
    void ending_needs_a_current_allocation_and_a_reason() {
        assertThat(fields(AllocationRules.end(Role.HEAD_OF_SERVICE, null, TODAY, "Closed", TODAY))).containsExactly("endedOn");
        assertThat(fields(AllocationRules.end(Role.HEAD_OF_SERVICE, current(UUID.randomUUID(), TODAY), TODAY, "", TODAY)))
                .containsExactly("endReason");
    }

    @Test
    void a_registration_number_is_sw_followed_by_digits() {
        assertThat(RegistrationNumber.of(" sw 123456").value()).isEqualTo("SW123456");
        for (String bad : List.of("123456", "SW", "SW12A4", "XW123456")) {
            assertThatThrownBy(() -> RegistrationNumber.of(bad)).as(bad).isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("registrationNumber"));
        }
    }

    @Test
    void fte_is_between_0_1_and_1_0_and_a_leaver_has_a_reason_after_their_start() {
        LocalDate start = LocalDate.of(2024, 9, 1);
        assertThat(EmploymentRules.check(new BigDecimal("0.6"), start, null, null, null, TODAY)).isEmpty();
        assertThat(fields(EmploymentRules.check(new BigDecimal("1.2"), start, null, null, null, TODAY))).containsExactly("fte");
        assertThat(fields(EmploymentRules.check(new BigDecimal("0.05"), start, null, null, null, TODAY))).containsExactly("fte");
        assertThat(fields(EmploymentRules.check(BigDecimal.ONE, start, start.minusDays(1), LeavingReason.RESIGNED, null, TODAY)))
                .containsExactly("leftOn");
        assertThat(fields(EmploymentRules.check(BigDecimal.ONE, start, TODAY, null, null, TODAY))).containsExactly("leavingReason");
    }

    @Test
    void a_worker_is_newly_qualified_for_a_year_from_qualifying() {
        var e = new WorkerEmployment(UUID.randomUUID(), null, "BA Social Work", LocalDate.of(2025, 7, 1), BigDecimal.ONE,
                Employment.PERMANENT, LocalDate.of(2025, 9, 1), null, null, 0, null, null);
        assertThat(e.newlyQualifiedOn(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(e.newlyQualifiedOn(LocalDate.of(2026, 7, 2))).isFalse();
    }

    @Test
    void a_personal_adviser_is_allocated_from_the_young_persons_16th_birthday() {
        LocalDate born = TODAY.minusYears(16);
        assertThat(fields(AllocationRules.personalAdviserFromSixteen(worker(Role.PERSONAL_ADVISER), born, TODAY.minusDays(1))))
                .containsExactly("allocatedOn");
        assertThat(AllocationRules.personalAdviserFromSixteen(worker(Role.PERSONAL_ADVISER), born, TODAY)).isEmpty();
        assertThat(fields(AllocationRules.personalAdviserFromSixteen(worker(Role.PERSONAL_ADVISER), null, TODAY)))
                .containsExactly("allocatedOn");
        // a social worker holds a child of any age
        assertThat(AllocationRules.personalAdviserFromSixteen(worker(Role.SOCIAL_WORKER), TODAY.minusYears(3), TODAY)).isEmpty();
    }
}
