package uk.opencsc.timescales;

import uk.opencsc.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

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
 * <p>
 * The journey is read once, each event handed only to the rules it concerns, so the cost grows with the
 * number of events, not events times rules.
 */
public final class DueWork {

    private final TimescaleRules rules;
    private final WorkingDayCalendar calendar;
    private final int ruleCount;
    /** For each event type (by ordinal), the rules it starts, meets, ends or informs. */
    private final Compiled[][] concerned;

    /** A catalogue rule with its event sets as bit sets, so reading a journey does no hashing. */
    private record Compiled(int index, TimescaleRule rule, EventType start, EnumSet<EventType> satisfiedBy,
                            EnumSet<EventType> endedBy, boolean separate) {
    }

    /** An obligation still open while the journey is read. */
    private record Open(TimescaleRule rule, int occurrence, LocalDate sequenceStarted, LocalDate clockStarted,
                        LocalDate dueOn, LocalDateTime dueBy, String startRef) {
    }

    /** One rule's progress through one journey. */
    private static final class Track {
        Open current;                 // RESTART rules
        ArrayDeque<Open> queue;       // EACH_SEPARATE rules
        boolean longTerm;
    }

    public DueWork(TimescaleRules rules, WorkingDayCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
        List<TimescaleRule> catalogue = rules.catalogue().rules();
        this.ruleCount = catalogue.size();
        List<List<Compiled>> byType = new ArrayList<>();
        for (int i = 0; i < EventType.values().length; i++) {
            byType.add(new ArrayList<>());
        }
        for (int i = 0; i < catalogue.size(); i++) {
            TimescaleRule r = catalogue.get(i);
            Compiled c = new Compiled(i, r, r.startedBy(), EnumSet.copyOf(r.satisfiedBy()),
                    r.endedBy().isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(r.endedBy()),
                    r.onRepeatStart() == StartPolicy.EACH_SEPARATE);
            EnumSet<EventType> types = EnumSet.of(r.startedBy());
            types.addAll(r.satisfiedBy());
            types.addAll(r.endedBy());
            if (r.then().stream().anyMatch(t -> t.when() == Condition.PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN)) {
                types.add(EventType.PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN);
            }
            types.forEach(t -> byType.get(t.ordinal()).add(c));
        }
        this.concerned = byType.stream().map(l -> l.toArray(Compiled[]::new)).toArray(Compiled[][]::new);
    }

    /**
     * Every obligation of the child's journey: those that closed (met, or no longer needed) in the order they
     * closed, then those still open in catalogue order. Each rule's obligations are in date order.
     */
    public List<Obligation> forChild(ChildJourney journey, LocalDate today) {
        List<Obligation> out = new ArrayList<>(journey.events().size());
        forChild(journey, today, out::add);
        return out;
    }

    /** As {@link #forChild(ChildJourney, LocalDate)}, handing each obligation to {@code sink} instead of collecting them. */
    public void forChild(ChildJourney journey, LocalDate today, Consumer<Obligation> sink) {
        List<ChildEvent> events = journey.events();
        List<ChildEvent> reasons = reasonsIn(events);
        Track[] tracks = new Track[ruleCount];
        for (ChildEvent event : events) {
            EventType type = event.type();
            for (Compiled c : concerned[type.ordinal()]) {
                Track track = tracks[c.index()];
                if (type == c.start()) {
                    if (track == null) {
                        track = tracks[c.index()] = new Track();
                    }
                    start(c, track, event, reasons, sink);
                } else if (track != null) {
                    if (c.satisfiedBy().contains(type)) {
                        satisfy(c, track, event, journey.dateOfBirth(), reasons, sink);
                    } else if (c.endedBy().contains(type)) {
                        end(track, event.date(), reasons, sink);
                    } else if (type == EventType.PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN) {
                        track.longTerm = true;
                    }
                }
            }
        }
        for (Track track : tracks) {
            if (track == null) {
                continue;
            }
            if (track.current != null) {
                sink.accept(pending(track.current, today, reasons));
            }
            if (track.queue != null) {
                for (Open o : track.queue) {
                    sink.accept(pending(o, today, reasons));
                }
            }
        }
    }

    private void start(Compiled c, Track track, ChildEvent event, List<ChildEvent> reasons, Consumer<Obligation> sink) {
        Open opened = first(c.rule(), event);
        if (c.separate()) {
            if (track.queue == null) {
                track.queue = new ArrayDeque<>(2);
            }
            track.queue.add(opened);
        } else {
            if (track.current != null) {
                sink.accept(ended(track.current, event.date(), reasons));
            }
            track.current = opened;
            track.longTerm = false;
        }
    }

    private void satisfy(Compiled c, Track track, ChildEvent event, LocalDate dateOfBirth, List<ChildEvent> reasons,
                         Consumer<Obligation> sink) {
        if (c.separate()) {
            if (track.queue != null && !track.queue.isEmpty()) {
                sink.accept(met(takeFor(track.queue, event), event, reasons));
            }
        } else if (track.current != null) {
            Open o = track.current;
            sink.accept(met(o, event, reasons));
            track.current = o.rule().repeats() ? next(o, event.date(), dateOfBirth, track.longTerm) : null;
        }
    }

    /**
     * The open obligation an event meets: the one its own record started when the source says so (the interview
     * offered after the second return meets the second return's clock even while the first's is still open),
     * otherwise the oldest, first come first served.
     */
    private static Open takeFor(ArrayDeque<Open> queue, ChildEvent event) {
        if (event.ref() != null) {
            for (Open o : queue) {
                if (event.ref().equals(o.startRef())) {
                    queue.remove(o);
                    return o;
                }
            }
        }
        return queue.poll();
    }

    private void end(Track track, LocalDate on, List<ChildEvent> reasons, Consumer<Obligation> sink) {
        if (track.current != null) {
            sink.accept(ended(track.current, on, reasons));
            track.current = null;
        }
        if (track.queue != null) {
            while (!track.queue.isEmpty()) {
                sink.accept(ended(track.queue.poll(), on, reasons));
            }
        }
    }

    private static List<ChildEvent> reasonsIn(List<ChildEvent> events) {
        List<ChildEvent> reasons = List.of();
        for (ChildEvent event : events) {
            if (event.type() == EventType.REASON_FOR_DELAY_RECORDED) {
                if (reasons.isEmpty()) {
                    reasons = new ArrayList<>();
                }
                reasons.add(event);
            }
        }
        return reasons;
    }

    private Open first(TimescaleRule catalogueRule, ChildEvent start) {
        TimescaleRule rule = rules.ruleFor(catalogueRule, start.date());
        TimeLimit limit = rule.first();
        LocalDateTime dueBy = limit.unit() == PeriodUnit.HOURS ? limit.dueBy(start.moment()) : null;
        LocalDate dueOn = dueBy != null ? dueBy.toLocalDate() : limit.dueOn(start.date(), rule.countsStartDay(), calendar);
        return new Open(rule, 1, start.date(), start.date(), dueOn, dueBy, start.ref());
    }

    private Open next(Open previous, LocalDate metOn, LocalDate dateOfBirth, boolean longTerm) {
        for (Repeat repeat : previous.rule().then()) {
            if (repeat.when().holds(previous.occurrence(), metOn, previous.sequenceStarted(), dateOfBirth, longTerm)) {
                LocalDate dueOn = repeat.every().dueOn(metOn, false, calendar);
                return new Open(previous.rule(), previous.occurrence() + 1, previous.sequenceStarted(), metOn, dueOn, null,
                        previous.startRef());
            }
        }
        // the catalogue guarantees an interval that always applies
        throw new IllegalStateException(previous.rule().id() + ": no interval applies after " + metOn);
    }

    private Obligation met(Open o, ChildEvent event, List<ChildEvent> reasons) {
        boolean onTime = o.dueBy() != null ? !event.moment().isAfter(o.dueBy()) : !event.date().isAfter(o.dueOn());
        if (onTime) {
            return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(),
                    ObligationState.MET_ON_TIME, event.date(), 0, false, o.startRef());
        }
        return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(), ObligationState.MET_LATE,
                event.date(), Math.max(0, calendar.workingDaysBetween(o.dueOn(), event.date())),
                reasonRecorded(o, event.date(), reasons), o.startRef());
    }

    private Obligation ended(Open o, LocalDate on, List<ChildEvent> reasons) {
        int late = on.isAfter(o.dueOn()) ? calendar.workingDaysBetween(o.dueOn(), on) : 0;
        return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(),
                ObligationState.NO_LONGER_NEEDED, on, late, on.isAfter(o.dueOn()) && reasonRecorded(o, on, reasons), o.startRef());
    }

    private Obligation pending(Open o, LocalDate today, List<ChildEvent> reasons) {
        if (today.isBefore(o.dueOn())) {
            return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(),
                    ObligationState.UPCOMING, null, 0, false, o.startRef());
        }
        if (today.equals(o.dueOn())) {
            return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(),
                    ObligationState.DUE_TODAY, null, 0, reasonRecorded(o, today, reasons), o.startRef());
        }
        return new Obligation(o.rule(), o.occurrence(), o.clockStarted(), o.dueOn(), o.dueBy(), ObligationState.OVERDUE,
                null, calendar.workingDaysBetween(o.dueOn(), today), reasonRecorded(o, today, reasons), o.startRef());
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
