package uk.opencsc.demo;

import org.junit.jupiter.api.Test;
import uk.opencsc.adoption.AdopterStages;
import uk.opencsc.adoption.AdoptionBulkLoad.HistoricAdoption;
import uk.opencsc.adoption.AdoptionRules;
import uk.opencsc.adoption.AdoptionScorecard;
import uk.opencsc.adoption.HouseholdDetails;
import uk.opencsc.adoption.HouseholdRules;
import uk.opencsc.adoption.PermanenceOrderKind;
import uk.opencsc.adoption.SiblingsPlaced;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticAdoptionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final DemoSpecification DEFAULT = new DemoSpecification(60_000, 2026, TODAY);

    /** Eight thousand young children, half looked after, every tenth pair siblings. */
    static SyntheticAdoption.Result generate() {
        SplittableRandom random = new SplittableRandom(7);
        List<SyntheticAdoption.Child> children = new ArrayList<>();
        Map<UUID, List<UUID>> siblings = new HashMap<>();
        for (int i = 0; i < 8_000; i++) {
            children.add(new SyntheticAdoption.Child(UUID.randomUUID(), TODAY.minusDays(random.nextInt(12 * 365)), i % 2 == 0));
            if (i % 10 == 1) {
                UUID a = children.get(i - 1).id(), b = children.get(i).id();
                siblings.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                siblings.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
            }
        }
        return SyntheticAdoption.generate(DEFAULT, children, siblings);
    }

    static final SyntheticAdoption.Result RESULT = generate();

    @Test
    void a_large_city_makes_about_sixty_adoption_orders_a_year() {
        long lastYear = RESULT.adoptions().stream().map(HistoricAdoption::milestones)
                .filter(m -> m.adoptionOrderDate() != null && m.adoptionOrderDate().isAfter(TODAY.minusYears(1))).count();
        assertThat(lastYear).isBetween(45L, 95L);
    }

    @Test
    void every_generated_record_keeps_the_rules_of_the_forms() {
        Map<String, HouseholdDetails> households = RESULT.households().stream()
                .collect(Collectors.toMap(HouseholdDetails::familyRef, Function.identity()));
        assertThat(households).hasSameSizeAs(RESULT.households());
        RESULT.households().forEach(h -> assertThat(HouseholdRules.household(h, TODAY)).as(h.familyRef()).isEmpty());
        RESULT.adoptions().forEach(a -> {
            HouseholdDetails h = a.householdRef() == null ? null : households.get(a.householdRef());
            var m = a.milestones();
            var withId = new uk.opencsc.adoption.AdoptionMilestones(m.enteredCareDate(), m.admDecisionDate(), m.authority(),
                    m.placementOrderDate(), m.placementOrderCourt(), m.matchedDate(), h == null ? null : UUID.randomUUID(),
                    m.earlyPlacementKind(), m.earlyPlacementDate(), m.placedDate(), m.adoptionOrderDate(), m.reversedDate(),
                    m.reversedReason(), m.siblingIds(), m.siblingsPlaced(), m.siblingsApartReason());
            assertThat(AdoptionRules.record(withId, a.dateOfBirth(), h, TODAY)).as(a.toString()).isEmpty();
        });
        RESULT.orders().forEach(o -> assertThat(AdoptionRules.permanenceOrder(o.kind(), o.orderDate(), o.madeTo(), o.dateOfBirth(), TODAY)).isEmpty());
    }

    @Test
    void the_demo_has_open_plans_reversals_orders_siblings_and_households_at_every_stage_some_late() {
        var milestones = RESULT.adoptions().stream().map(HistoricAdoption::milestones).toList();
        assertThat(milestones).filteredOn(m -> m.openAdoptionPlan()).hasSizeGreaterThan(30);
        assertThat(milestones).filteredOn(m -> m.reversedDate() != null).hasSizeBetween(20, 90);
        assertThat(milestones).filteredOn(m -> m.siblingsPlaced() == SiblingsPlaced.TOGETHER).isNotEmpty();
        assertThat(milestones).filteredOn(m -> m.earlyPlacementDate() != null).isNotEmpty();
        assertThat(milestones).filteredOn(m -> AdoptionScorecard.a1(m, TODAY).map(AdoptionScorecard.Timing::overThreshold).orElse(false))
                .as("some over the A1 threshold").isNotEmpty();
        assertThat(RESULT.orders()).extracting(o -> o.kind()).contains(PermanenceOrderKind.SPECIAL_GUARDIANSHIP, PermanenceOrderKind.CHILD_ARRANGEMENTS);
        var stages = RESULT.households().stream().map(h -> AdopterStages.stageOf(h, AdopterStages.ChildrenProgress.NONE))
                .collect(Collectors.toSet());
        assertThat(stages).contains(AdopterStages.Stage.ENQUIRY, AdopterStages.Stage.STAGE_1, AdopterStages.Stage.STAGE_2,
                AdopterStages.Stage.APPROVED, AdopterStages.Stage.LEFT);
    }

    @Test
    void the_same_seed_gives_the_same_adoptions() {
        assertThat(generate().adoptions()).hasSameSizeAs(RESULT.adoptions());
        assertThat(generate().households()).isEqualTo(generate().households());
    }
}
