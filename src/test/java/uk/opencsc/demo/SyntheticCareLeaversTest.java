package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import uk.opencsc.careleavers.Activity;
import uk.opencsc.careleavers.HistoricCareLeaver;
import uk.opencsc.careleavers.InTouch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticCareLeaversTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final DemoSpecification LARGE_CITY = new DemoSpecification(60_000, 2026, TODAY);
    static final UUID TEAM = UUID.randomUUID();
    static final UUID PA_DEMO = UUID.randomUUID();
    static final List<UUID> ADVISERS = List.of(PA_DEMO, UUID.randomUUID(), UUID.randomUUID());

    static SyntheticCareLeavers.Result aLargeCitysCareLeavers() {
        List<SyntheticCareLeavers.YoungPerson> held = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            held.add(new SyntheticCareLeavers.YoungPerson(UUID.nameUUIDFromBytes(("yp" + i).getBytes()),
                    TODAY.minusYears(18).minusDays(i * 3L % 2900), TEAM));
        }
        return SyntheticCareLeavers.generate(LARGE_CITY, held, Map.of(TEAM, ADVISERS), PA_DEMO, Set.of());
    }

    static double share(List<HistoricCareLeaver> leavers, java.util.function.Predicate<HistoricCareLeaver> p) {
        return (double) leavers.stream().filter(p).count() / leavers.size();
    }

    @Test
    void a_large_city_has_about_a_thousand_care_leavers_aged_18_to_24() {
        var result = aLargeCitysCareLeavers();
        assertThat(result.careLeavers()).hasSize(1_000);
        assertThat(SyntheticCareLeavers.countAt(500)).isEqualTo(8);
    }

    @Test
    void in_touch_suitable_accommodation_and_neet_follow_the_national_shares() {
        List<HistoricCareLeaver> supported = aLargeCitysCareLeavers().careLeavers().stream().filter(h -> h.supportEndedOn() == null).toList();
        double inTouch = share(supported, h -> h.contacts().stream().max(Comparator.comparing(HistoricCareLeaver.Contact::date))
                .map(c -> c.inTouch() == InTouch.YES).orElse(false));
        assertThat(inTouch).isCloseTo(SyntheticCareLeavers.IN_TOUCH, within(0.04));
        assertThat(share(supported, h -> h.accommodation().getFirst().suitable())).isBetween(0.78, 0.92);
        assertThat(share(supported, h -> h.activity().getFirst().activity().neet())).isCloseTo(0.40, within(0.05));
        assertThat(share(supported, h -> h.activity().getFirst().activity() == Activity.F1)).isBetween(0.02, 0.09);
    }

    @Test
    void some_pathway_plan_reviews_are_overdue_so_trays_show_work() {
        long overdue = aLargeCitysCareLeavers().careLeavers().stream().filter(h -> h.supportEndedOn() == null)
                .filter(h -> h.reviews().stream().map(HistoricCareLeaver.Review::date).max(LocalDate::compareTo)
                        .orElse(h.pathwayPlanAgreedOn()).isBefore(TODAY.minusMonths(6)))
                .count();
        assertThat(overdue).isBetween(50L, 200L);
    }

    @Test
    void pa_demo_holds_a_caseload_and_those_whose_support_ended_have_no_current_adviser() {
        var result = aLargeCitysCareLeavers();
        assertThat(result.allocations().stream().filter(a -> a.workerUserId().equals(PA_DEMO) && a.endedOn() == null))
                .hasSize(SyntheticCareLeavers.DEMO_CASELOAD);
        Set<UUID> ended = new java.util.HashSet<>(result.careLeavers().stream().filter(h -> h.supportEndedOn() != null)
                .map(HistoricCareLeaver::personId).toList());
        assertThat(ended).isNotEmpty();
        assertThat(result.allocations().stream().filter(a -> ended.contains(a.personId())).allMatch(a -> a.endedOn() != null)).isTrue();
    }
}
