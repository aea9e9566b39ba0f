package uk.opencsc.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of due work for a child: an occurrence of a rule, when it was due and where it stands.
 *
 * @param occurrence      1 for the first occurrence of a repeating duty after its start, 2 for the next...
 * @param clockStarted    the date the clock for this occurrence started (the start event or the previous occurrence)
 * @param dueOn           the last day on which it is on time
 * @param dueBy           for a limit in hours, the moment it runs out; otherwise null
 * @param closedOn        when it was met or stopped being needed; null while open
 * @param workingDaysLate for OVERDUE, MET_LATE and a late NO_LONGER_NEEDED: working days after {@code dueOn}; otherwise 0
 * @param reasonRecorded  for a missed or late obligation, whether a reason for the delay was recorded
 * @param startRef        the id of the record whose event started the rule's clock (the contact, the plan...), if
 *                        its source gave one ({@link ChildEvent#ref()}); null otherwise
 */
public record Obligation(TimescaleRule rule, int occurrence, LocalDate clockStarted, LocalDate dueOn,
                         LocalDateTime dueBy, ObligationState state, LocalDate closedOn, int workingDaysLate,
                         boolean reasonRecorded, String startRef) {

    public Obligation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** The events that would meet it. */
    public Set<EventType> wouldBeSatisfiedBy() {
        return rule.satisfiedBy();
    }

    /** Late, or open past its due date. */
    public boolean missed() {
        return workingDaysLate > 0 || state == ObligationState.OVERDUE || state == ObligationState.MET_LATE;
    }

    /** Still to be done: upcoming, due today or overdue. */
    public boolean open() {
        return closedOn == null;
    }
}
