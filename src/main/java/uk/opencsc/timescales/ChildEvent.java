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
 * @param ref   the id of the record the event comes from (the contact, the plan...), if the source gives one: an
 *              obligation the event starts carries it, so the work tray can link to the form that meets it
 */
public record ChildEvent(EventType type, LocalDate date, LocalTime time, RuleId about, String ref) {

    public ChildEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        if (type == EventType.REASON_FOR_DELAY_RECORDED && about == null) {
            throw new IllegalArgumentException("A reason for delay must name the timescale it explains");
        }
    }

    public static ChildEvent on(EventType type, LocalDate date) {
        return new ChildEvent(type, date, null, null, null);
    }

    public static ChildEvent at(EventType type, LocalDateTime moment) {
        return new ChildEvent(type, moment.toLocalDate(), moment.toLocalTime(), null, null);
    }

    public static ChildEvent reasonForDelay(RuleId rule, LocalDate date) {
        return new ChildEvent(EventType.REASON_FOR_DELAY_RECORDED, date, null, rule, null);
    }

    /** This event, from the record with this id. */
    public ChildEvent from(Object recordId) {
        return new ChildEvent(type, date, time, about, recordId == null ? null : recordId.toString());
    }

    /**
     * The moment of the event; an unrecorded time counts as the start of the day, so a limit in hours is never
     * reported as met when it might not have been.
     */
    public LocalDateTime moment() {
        return time == null ? date.atStartOfDay() : date.atTime(time);
    }
}
