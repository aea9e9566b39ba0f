package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.frontdoor.HistoricContact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticFrontDoorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    static List<SyntheticFrontDoor.Child> children(int n) {
        return IntStream.range(0, n).mapToObj(i -> new SyntheticFrontDoor.Child(UUID.nameUUIDFromBytes(("c" + i).getBytes()),
                TODAY.minusYears(2 + i % 15).minusDays(i % 300))).toList();
    }

    @Test
    void a_large_city_of_60000_persons_has_about_35000_contacts_and_10000_referrals_a_year() {
        List<HistoricContact> contacts = SyntheticFrontDoor.generate(new DemoSpecification(60_000, 2026, TODAY), children(24_000),
                List.of("tm.one", "tm.two"), CALENDAR);
        long referrals = contacts.stream().filter(c -> c.referral() != null).count();
        assertThat(contacts.size()).isBetween(34_000, 35_000);
        assertThat(referrals).isBetween(9_000L, 11_000L);
        assertThat(contacts).allSatisfy(c -> {
            assertThat(c.contact().receivedAt().toLocalDate()).isBefore(TODAY).isAfterOrEqualTo(TODAY.minusDays(365));
            if (c.decision() != null) {
                assertThat(c.decision().decidedAt()).isAfterOrEqualTo(c.contact().receivedAt());
                assertThat(c.decision().decidedAt().toLocalDate()).isBefore(TODAY);
            }
        });
    }

    @Test
    void some_decisions_are_late_so_the_clocks_have_something_to_show() {
        List<HistoricContact> contacts = SyntheticFrontDoor.generate(new DemoSpecification(6_000, 7, TODAY), children(2_400),
                List.of("tm.one"), CALENDAR);
        long late = contacts.stream().filter(c -> c.decision() != null && c.decision().decidedAt().toLocalDate()
                .isAfter(CALENDAR.addWorkingDays(c.contact().receivedAt().toLocalDate(), uk.opencsc.calendar.WorkingDays.of(1)))).count();
        assertThat((double) late / contacts.size()).isBetween(0.05, 0.2);
    }

    @Test
    void a_child_has_one_cin_episode_at_a_time_the_previous_closed_before_the_next_referral() {
        List<HistoricContact> contacts = SyntheticFrontDoor.generate(new DemoSpecification(60_000, 2026, TODAY), children(24_000),
                List.of("tm.one"), CALENDAR);
        Map<UUID, List<HistoricContact>> byChild = contacts.stream().filter(c -> c.referral() != null)
                .collect(Collectors.groupingBy(c -> c.contact().personId()));
        assertThat(byChild.values()).as("children referred more than once").anyMatch(l -> l.size() > 1);
        byChild.values().forEach(referrals -> {
            List<HistoricContact> inOrder = referrals.stream().sorted(Comparator.comparing(c -> c.decision().decidedAt())).toList();
            for (int i = 0; i + 1 < inOrder.size(); i++) {
                LocalDate closed = inOrder.get(i).referral().closedOn();
                assertThat(closed).as("an episode before a later referral is closed").isNotNull()
                        .isBefore(inOrder.get(i + 1).decision().decidedAt().toLocalDate())
                        .isAfterOrEqualTo(inOrder.get(i).decision().decidedAt().toLocalDate());
            }
        });
    }

    @Test
    void the_same_seed_and_day_give_the_same_front_door() {
        DemoSpecification spec = new DemoSpecification(1_000, 3, TODAY);
        assertThat(SyntheticFrontDoor.generate(spec, children(400), List.of("tm"), CALENDAR))
                .isEqualTo(SyntheticFrontDoor.generate(spec, children(400), List.of("tm"), CALENDAR));
    }
}
