package uk.opencsc.timescales;

import uk.opencsc.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Works out every obligation the timescales make for a child from the facts of their journey, and where each
 * stands on a given day. Plain and stateless apart from its rules and calendar, so it is safe to share
 * between threads and fast enough to run over every child of an authority (see docs/performance/timescales.md).
 * <p>
 * How a journey is read, rule by rule, in date order:
 * <ul>
 *   <li>the rule's start event opens an obligation due {@code first} after it, by the rule's version in force
 *       on that day (local settings apply to obligations started on or after they take effect);</li>
 *   <li>a satisfying event on or before the due date meets it on time, after it late; for a repeating duty the
 *       next occurrence is then due the applicable interval after the date it was actually met;</li>
 *   <li>an ending event (the plan ended, the child ceased to be looked after) makes the open obligation no
 *       longer needed; so does a second start for a rule whose clock restarts;</li>
 *   <li>what is still open is upcoming, due today or overdue on {@code today}.</li>
 * </ul>
 * A satisfying event with no open obligation (before any start, after the end) is ignored.
 */
public final class DueWork {

    private final TimescaleRules rules;
    private final WorkingDayCalendar calendar;
    private final List<Compiled> compiled;

    /** A catalogue rule with its event sets as bit sets, so walking a journey does no hashing. */
    private record Compiled(TimescaleRule rule, EventType start, EnumSet<EventType> satisfiedBy, EnumSet<EventType> endedBy) {
    }

    /** An obligation still open while the journey is walked. */
    private record Open(TimescaleRule rule, int occurrence, LocalDate sequenceStarted, LocalDate clockStarted,
                        LocalDate dueOn, LocalDateTime dueBy) {
    }

    public DueWork(TimescaleRules rules, WorkingDayCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
        this.compiled = rules.catalogue().rules().stream().map(r -> new Compiled(r, r.startedBy(),
                r.satisfiedBy().isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(r.satisfiedBy()),
                r.endedBy().isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(r.endedBy()))).toList();
    }

    /** Every obligation of the child's journey, rule by rule in catalogue order, each in date order. */
    public List<Obligation> forChild(ChildJourney journey, LocalDate today) {
        List<ChildEvent> events = journey.events();
        EnumSet<EventType> present = EnumSet.noneOf(EventType.class);
        List<ChildEvent> reasons = List.of();
        for (ChildEvent event : events) {
            present.add(event.type());
            if (event.type() == EventType.REASON_FOR_DELAY_RECORDED) {
                if (reasons.isEmpty()) {
                    reasons = new ArrayList<>();
                }
                reasons.add(event);
            }
        }
        List<Obligation> out = new ArrayList<>();
        for (Compiled rule : compiled) {
            if (!present.contains(rule.start())) {
                continue;
            }
            if (rule.rule().onRepeatStart() == StartPolicy.EACH_SEPARATE) {
                eachSeparate(rule, events, today, reasons, out);
            } else {
                restarting(rule, journey.dateOfBirth(), events, today, reasons, out);
            }
        }
        return out;
    }

    private void eachSeparate(Compiled c, List<ChildEvent> events, LocalDate today, List<ChildEvent> reasons,
                              List<Obligation> out) {
        ArrayDeque<Open> open = new ArrayDeque<>();
        for (ChildEvent event : events) {
            EventType type = event.type();
            if (type == c.start()) {
                open.add(first(c.rule(), event));
            } else if (c.satisfiedBy().contains(type)) {
                if (!open.isEmpty()) {
                    out.add(met(open.poll(), event, reasons));
                }
            } else if (c.endedBy().contains(type)) {
                while (!open.isEmpty()) {
                    out.add(ended(open.poll(), event.date(), reasons));
                }
            }
        }
        for (Open o : open) {
            out.add(pending(o, today, reasons));
        }
    }

    private void restarting(Compiled c, LocalDate dateOfBirth, List<ChildEvent> events, LocalDate today,
                            List<ChildEvent> reasons, List<Obligation> out) {
        Open current = null;
        boolean longTerm = false;
        for (ChildEvent event : events) {
            EventType type = event.type();
            if (type == c.start()) {
                if (current != null) {
                    out.add(ended(current, event.date(), reasons));
                }
                current = first(c.rule(), event);
                longTerm = false;
            } else if (current == null) {
                continue;
            } else if (type == EventType.PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN) {
                longTerm = true;
            } else if (c.satisfiedBy().contains(type)) {
                out.add(met(current, event, reasons));
                current = current.rule().repeats() ? next(current, event.date(), dateOfBirth, longTerm) : null;
            } else if (c.endedBy().contains(type)) {
                out.add(ended(current, event.date(), reasons));
                current = null;
            }
        }
        if (current != null) {
            out.add(pending(current, today, reasons));
        }
    }

    private Open first(TimescaleRule catalogueRule, ChildEvent start) {
        TimescaleRule rule = rules.ruleFor(catalogueRule, start.date());
        TimeLimit limit = rule.first();
        LocalDateTime dueBy = limit.unit() == PeriodUnit.HOURS ? limit.dueBy(start.moment()) : null;
        LocalDate dueOn = dueBy != null ? dueBy.toLocalDate() : limit.dueOn(start.date(), rule.countsStartDay(), calendar);
        return new Open(rule, 1, start.date(), start.date(), dueOn, dueBy);
    }

    private Open next(Open previous, LocalDate metOn, LocalDate dateOfBirth, boolean longTerm) {
        for (Repeat repeat : previous.rule().then()) {
            if (repeat.when().holds(previous.occurrence(), metOn, previous.sequenceStarted(), dateOfBirth, longTerm)) {
                LocalDate dueOn = repeat.every().dueOn(metOn, false, calendar);
                return new Open(previous.rule(), previous.occurrence() + 1, previous.sequenceStarted(), metOn, dueOn, null);
            }
        }
        // the catalogue guarantees an interval that always applies
        throw new IllegalStateException(previous.rule().id() + ": no interval applies after " + metOn);
    }

    private Obligation met(Open o, ChildEvent event, List<ChildEvent> reasons) {
        boolean onTime = o.dueBy() != null ? !event.moment().isAfter(o.dueBy()) : !event.date().isAfter(o.dueOn());
        if (onTime) {
            return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(),
                    ObligationState.MET_ON_TIME, event.date(), 0, false);
        }
        return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(), ObligationState.MET_LATE,
                event.date(), Math.max(0, calendar.workingDaysBetween(o.dueOn(), event.date())),
                reasonRecorded(o, event.date(), reasons));
    }

    private Obligation ended(Open o, LocalDate on, List<ChildEvent> reasons) {
        int late = on.isAfter(o.dueOn()) ? calendar.workingDaysBetween(o.dueOn(), on) : 0;
        return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(),
                ObligationState.NO_LONGER_NEEDED, on, late, on.isAfter(o.dueOn()) && reasonRecorded(o, on, reasons));
    }

    private Obligation pending(Open o, LocalDate today, List<ChildEvent> reasons) {
        if (today.isBefore(o.dueOn())) {
            return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(),
                    ObligationState.UPCOMING, null, 0, false);
        }
        if (today.equals(o.dueOn())) {
            return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(),
                    ObligationState.DUE_TODAY, null, 0, reasonRecorded(o, today, reasons));
        }
        return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(), ObligationState.OVERDUE,
                null, calendar.workingDaysBetween(o.dueOn(), today), reasonRecorded(o, today, reasons));
    }

    /** A reason counts when it names the rule and was recorded after the clock started and by {@code until}. */
    private static boolean reasonRecorded(Open o, LocalDate until, List<ChildEvent> reasons) {
        for (ChildEvent reason : reasons) {
            if (reason.about().equals(o.rule().id()) && !reason.date().isBefore(o.clockStarted()) && !reason.date().isAfter(until)) {
                return true;
            }
        }
        return false;
    }
}
