package uk.opencsc.timescales;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One statutory or local timescale, as the catalogue ({@code timescales/rules.yaml}) states it.
 *
 * @param startedBy      the event that starts the clock
 * @param onRepeatStart  what a second start does while an obligation is open
 * @param satisfiedBy    events that meet the obligation
 * @param endedBy        events after which the obligation is no longer needed
 * @param first          how long after the start the first occurrence is due
 * @param countsStartDay true where the law counts "beginning with" the start day
 * @param then           for a repeating duty, the intervals after each occurrence (first that holds applies); empty if it does not repeat
 * @param verified       whether the citation was checked against the primary text
 * @param changeable     whether a local authority may set its own value
 */
public record TimescaleRule(RuleId id, String name, EventType startedBy, StartPolicy onRepeatStart,
                            Set<EventType> satisfiedBy, Set<EventType> endedBy, TimeLimit first, boolean countsStartDay,
                            List<Repeat> then, Basis basis, String citation, boolean verified, boolean changeable) {

    public TimescaleRule {
        Objects.requireNonNull(id, "id");
        requireText(name, id, "name");
        requireText(citation, id, "citation");
        Objects.requireNonNull(startedBy, id + ": starts");
        Objects.requireNonNull(onRepeatStart, id + ": onRepeatStart");
        Objects.requireNonNull(first, id + ": first");
        Objects.requireNonNull(basis, id + ": basis");
        satisfiedBy = Set.copyOf(satisfiedBy);
        endedBy = Set.copyOf(endedBy);
        then = List.copyOf(then);
        if (satisfiedBy.isEmpty()) {
            throw new IllegalArgumentException(id + ": satisfiedBy must name at least one event");
        }
        if (onRepeatStart == StartPolicy.EACH_SEPARATE && !then.isEmpty()) {
            throw new IllegalArgumentException(id + ": a repeating duty cannot have EACH_SEPARATE starts");
        }
        if (!then.isEmpty() && then.getLast().when() != Condition.ALWAYS && !coversEveryAge(then)) {
            throw new IllegalArgumentException(id + ": the last 'then' interval must apply ALWAYS so a repeating duty never stops");
        }
    }

    public boolean repeats() {
        return !then.isEmpty();
    }

    /** The interval a local authority may change for a repeating duty: the one that applies ALWAYS (or the only one). */
    public TimeLimit usualRepeat() {
        return then.isEmpty() ? null : then.getLast().every();
    }

    /** This rule with a local authority's own limits; only for a {@link #changeable()} rule. */
    public TimescaleRule withLocalLimits(TimeLimit newFirst, TimeLimit newRepeat) {
        if (!changeable) {
            throw new IllegalArgumentException(id + " is set by law and cannot be changed locally");
        }
        if (repeats() != (newRepeat != null)) {
            throw new IllegalArgumentException(id + (repeats() ? " repeats, so needs a repeat interval" : " does not repeat"));
        }
        List<Repeat> newThen = repeats() ? List.of(new Repeat(Condition.ALWAYS, newRepeat)) : List.of();
        return new TimescaleRule(id, name, startedBy, onRepeatStart, satisfiedBy, endedBy, newFirst, countsStartDay, newThen,
                basis, citation, verified, changeable);
    }

    /** The setting in words, e.g. "within 10 working days, then every 10 working days". */
    public String describeLimits() {
        StringBuilder words = new StringBuilder("within ").append(first);
        if (countsStartDay) {
            words.append(" beginning with the start day");
        }
        for (Repeat repeat : then) {
            words.append(", then ").append(switch (repeat.when()) {
                case ALWAYS -> "every ";
                case AFTER_THE_FIRST_OCCURRENCE -> "the second within ";
                case UNDER_FIVE -> "under five every ";
                case FIVE_OR_OVER -> "from five every ";
                case FIRST_YEAR_OF_PLACEMENT -> "in the first year every ";
                case PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN -> "if the placement is to last until 18 every ";
            }).append(repeat.every());
        }
        return words.toString();
    }

    private static boolean coversEveryAge(List<Repeat> then) {
        var conditions = then.stream().map(Repeat::when).toList();
        return conditions.contains(Condition.UNDER_FIVE) && conditions.contains(Condition.FIVE_OR_OVER);
    }

    private static void requireText(String value, RuleId id, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(id + ": " + field + " is required");
        }
    }
}
