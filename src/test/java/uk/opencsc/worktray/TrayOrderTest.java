package uk.opencsc.worktray;

import org.junit.jupiter.api.Test;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.ChildJourney;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.EventType;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.TimescaleRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TrayOrderTest {

    static final DueWork DUE_WORK = new DueWork(TimescaleRules.of(RuleCatalogue.standard()), WorkingDayCalendar.englandAndWales());
    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);          // a Monday
    static final LocalDate HORIZON = LocalDate.of(2026, 3, 30);        // ten working days on

    /** The tray items one child's events make on TODAY, as the tray service builds them. */
    static List<TrayItem> itemsOf(String name, ChildEvent... events) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        List<TrayItem> items = new ArrayList<>();
        DUE_WORK.forChild(new ChildJourney(id, LocalDate.of(2015, 1, 1), List.of(events)), TODAY, o -> {
            if (TrayOrder.onTray(o, HORIZON)) {
                items.add(new TrayItem(id, name, "L1", o, null, "/children/" + id));
            }
        });
        return items;
    }

    @Test
    void overdue_work_comes_first_longest_overdue_at_the_top_then_due_today_then_upcoming_soonest_first() {
        List<TrayItem> items = new ArrayList<>();
        // contact received last Monday, never decided: overdue by 4 working days
        items.addAll(itemsOf("Ava", ChildEvent.on(EventType.CONTACT_RECEIVED, LocalDate.of(2026, 3, 9))));
        // CP plan started on 2 March: first visit due 10 working days on, 16 March = due today
        items.addAll(itemsOf("Ben", ChildEvent.on(EventType.CHILD_PROTECTION_PLAN_STARTED, LocalDate.of(2026, 3, 2))));
        // contact received on Thursday: overdue by 1 working day
        items.addAll(itemsOf("Cal", ChildEvent.on(EventType.CONTACT_RECEIVED, LocalDate.of(2026, 3, 12))));
        // strategy discussion on 9 March: conference due 30 March, upcoming within the horizon
        items.addAll(itemsOf("Dee", ChildEvent.on(EventType.STRATEGY_DISCUSSION, LocalDate.of(2026, 3, 9))));

        items.sort(TrayOrder.ORDER);

        assertThat(items).extracting(i -> i.childName() + " " + i.obligation().rule().id().value() + " "
                        + i.obligation().state() + " " + i.obligation().workingDaysLate())
                .containsExactly(
                        "Ava contact-decision OVERDUE 4",
                        "Cal contact-decision OVERDUE 1",
                        "Ben child-protection-visit DUE_TODAY 0",
                        "Ben first-core-group DUE_TODAY 0",
                        "Dee initial-child-protection-conference UPCOMING 0");
    }

    @Test
    void work_due_after_the_horizon_and_work_already_done_stay_off_the_tray() {
        // referral today: the assessment is due in 45 working days, well past the horizon
        assertThat(itemsOf("Eve", ChildEvent.on(EventType.REFERRAL_RECEIVED, TODAY))).isEmpty();
        // a contact decided the day it came in is met, not on the tray
        assertThat(itemsOf("Fin", ChildEvent.on(EventType.CONTACT_RECEIVED, LocalDate.of(2026, 3, 12)),
                ChildEvent.on(EventType.CONTACT_DECISION, LocalDate.of(2026, 3, 12)))).isEmpty();
    }

    @Test
    void upcoming_work_due_on_the_horizon_itself_is_on_the_tray() {
        Obligation conference = itemsOf("Dee", ChildEvent.on(EventType.STRATEGY_DISCUSSION, LocalDate.of(2026, 3, 9)))
                .getFirst().obligation();
        assertThat(conference.dueOn()).isEqualTo(HORIZON);
        assertThat(TrayOrder.onTray(conference, HORIZON)).isTrue();
        assertThat(TrayOrder.onTray(conference, HORIZON.minusDays(1))).isFalse();
    }
}
