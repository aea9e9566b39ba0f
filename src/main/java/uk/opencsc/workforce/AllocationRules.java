package uk.opencsc.workforce;

import uk.opencsc.access.Role;
import uk.opencsc.platform.validation.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of allocating a child to a worker, reallocating and ending an allocation, each problem naming its
 * field. Allocation is a management decision: only a team manager or head of service makes it, with a reason.
 * A child's allocations never overlap: a reallocation ends the current one on the day the next begins.
 */
final class AllocationRules {

    /** Who allocates, reallocates and ends allocations. */
    static final Set<Role> ALLOCATORS = Set.of(Role.TEAM_MANAGER, Role.HEAD_OF_SERVICE);

    /** Who may hold a child. */
    static final Set<Role> HOLDERS = Set.of(Role.SOCIAL_WORKER, Role.PERSONAL_ADVISER);

    private AllocationRules() {
    }

    /**
     * A worker as allocation sees them.
     *
     * @param left     their employment ended before the allocation's day
     * @param inReach  their team is one the allocating manager may allocate to (a team manager their own team, a
     *                 head of service the teams of their service)
     */
    record Candidate(UUID userId, String name, Role role, UUID teamId, boolean enabled, boolean left, boolean inReach) {
    }

    /**
     * Allocating the child to {@code worker} on {@code on}, or reallocating when {@code current} is not null.
     *
     * @param allocator  the role of who is allocating
     * @param worker     null when none was selected
     * @param current    the child's current allocation, or null when the child waits for a worker
     * @param lastEnded  the day the child's latest ended allocation ended, or null when none has
     */
    static List<FieldProblem> allocate(Role allocator, Candidate worker, LocalDate on, String reason, Allocation current,
                                       LocalDate lastEnded, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!ALLOCATORS.contains(allocator)) {
            problems.add(new FieldProblem("workerUserId", "A child can only be allocated by a team manager or head of service"));
            return problems;
        }
        if (worker == null) {
            problems.add(new FieldProblem("workerUserId", "Select the worker to allocate the child to"));
        } else if (!HOLDERS.contains(worker.role())) {
            problems.add(new FieldProblem("workerUserId", worker.name() + " is a " + worker.role().label().toLowerCase()
                    + ": allocate the child to a social worker or personal adviser"));
        } else if (!worker.enabled() || worker.left()) {
            problems.add(new FieldProblem("workerUserId", worker.name() + " no longer works here: select a current worker"));
        } else if (worker.teamId() == null) {
            problems.add(new FieldProblem("workerUserId", worker.name() + " is in no team: ask an administrator to add them to one"));
        } else if (!worker.inReach()) {
            problems.add(new FieldProblem("workerUserId", "Select a worker in a team you manage"));
        } else if (current != null && current.workerUserId().equals(worker.userId())) {
            problems.add(new FieldProblem("workerUserId", "The child is already allocated to " + worker.name()));
        }
        if (on != null) {
            if (on.isAfter(today)) {
                problems.add(new FieldProblem("allocatedOn", "Date of allocation must be today or in the past"));
            }
            if (current != null && on.isBefore(current.allocatedOn())) {
                problems.add(new FieldProblem("allocatedOn", "Date of allocation must be on or after the current allocation began, "
                        + current.allocatedOn()));
            }
            if (lastEnded != null && on.isBefore(lastEnded)) {
                problems.add(new FieldProblem("allocatedOn", "Date of allocation must be on or after the last allocation ended, "
                        + lastEnded + ": a child's allocations cannot overlap"));
            }
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Enter the reason for allocation"));
        }
        return problems;
    }

    /**
     * A personal adviser is allocated from the young person's 16th birthday: the leaving care duties (an eligible
     * child's personal adviser, Children Act 1989 Sch 2 para 19C; a relevant child's, s23B) start at 16. A child
     * with no date of birth (unborn) has no personal adviser either.
     *
     * @param bornOn the child's date of birth, or null when not known
     */
    static List<FieldProblem> personalAdviserFromSixteen(Candidate worker, LocalDate bornOn, LocalDate on) {
        if (worker == null || worker.role() != Role.PERSONAL_ADVISER || on == null) {
            return List.of();
        }
        if (bornOn == null || on.isBefore(bornOn.plusYears(16))) {
            return List.of(new FieldProblem("allocatedOn", "A personal adviser is allocated from the young person's 16th birthday"
                    + (bornOn == null ? "" : ", " + bornOn.plusYears(16)) + ": allocate a social worker before then"));
        }
        return List.of();
    }

    /**
     * Ending the child's current allocation on {@code on} (exclusive: the worker no longer holds the child from that day).
     *
     * @param current null when the child has no current allocation
     */
    static List<FieldProblem> end(Role allocator, Allocation current, LocalDate on, String reason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!ALLOCATORS.contains(allocator)) {
            problems.add(new FieldProblem("endedOn", "An allocation can only be ended by a team manager or head of service"));
            return problems;
        }
        if (current == null) {
            problems.add(new FieldProblem("endedOn", "The child has no current allocation to end"));
            return problems;
        }
        if (on != null && on.isBefore(current.allocatedOn())) {
            problems.add(new FieldProblem("endedOn", "Date the allocation ended must be on or after it began, " + current.allocatedOn()));
        }
        if (on != null && on.isAfter(today)) {
            problems.add(new FieldProblem("endedOn", "Date the allocation ended must be today or in the past"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("endReason", "Enter the reason for ending the allocation"));
        }
        return problems;
    }
}
