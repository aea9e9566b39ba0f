package uk.opencsc.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One dated fact of a child's journey.
 *
 * @param time  when in the day, if recorded (needed only for limits in hours); null if not known
 * @param about for {@link EventType#REASON_FOR_DELAY_RECORDED}, the rule the reason explains; otherwise null
 */
public record ChildEvent(EventType type, LocalDate date, LocalTime time, RuleId about) {

    public ChildEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        if (type == EventType.REASON_FOR_DELAY_RECORDED && about == null) {
            throw new IllegalArgumentException("A reason for delay must name the timescale it explains");
        }
    }

    public static ChildEvent on(EventType type, LocalDate date) {
        return new ChildEvent(type, date, null, null);
    }

    public static ChildEvent at(EventType type, LocalDateTime moment) {
        return new ChildEvent(type, moment.toLocalDate(), moment.toLocalTime(), null);
    }

    public static ChildEvent reasonForDelay(RuleId rule, LocalDate date) {
        return new ChildEvent(EventType.REASON_FOR_DELAY_RECORDED, date, null, rule);
    }

    /**
     * The moment of the event; an unrecorded time counts as the start of the day, so a limit in hours is never
     * reported as met when it might not have been.
     */
    public LocalDateTime moment() {
        return time == null ? date.atStartOfDay() : date.atTime(time);
    }
}
