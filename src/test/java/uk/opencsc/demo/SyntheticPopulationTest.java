package uk.opencsc.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.opencsc.demo.SyntheticPopulation.Population;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.NewRelationship;
import uk.opencsc.people.NhsNumber;
import uk.opencsc.people.PersonRules;
import uk.opencsc.people.Postcode;
import uk.opencsc.people.UniquePupilNumber;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticPopulationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final DemoSpecification SAMPLE = new DemoSpecification(5_000, 2026, TODAY);
    /** The UK postcode shape: outward code (area, district, optional letter or digit), space, inward code. */
    static final Pattern UK_POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$");

    static Population population;
    static List<DemoPerson> children;
    static List<DemoPerson> bornChildrenUnder18;

    @BeforeAll
    static void generate() {
        population = SyntheticPopulation.generate(SAMPLE, WorkforcePlan.of(SAMPLE));
        children = population.persons().stream().filter(DemoPerson::isChild).toList();
        bornChildrenUnder18 = children.stream().filter(p -> !p.unborn() && p.ageOn(TODAY) < 18).toList();
    }

    @Test
    void the_same_seed_scale_and_day_give_the_same_population_person_for_person() {
        Population again = SyntheticPopulation.generate(SAMPLE, WorkforcePlan.of(SAMPLE));
        assertThat(again).isEqualTo(population);
        assertThat(WorkforcePlan.of(SAMPLE)).isEqualTo(WorkforcePlan.of(SAMPLE));
    }

    @Test
    void another_seed_gives_another_population() {
        var other = new DemoSpecification(5_000, 2027, TODAY);
        assertThat(SyntheticPopulation.generate(other, WorkforcePlan.of(other)).persons()).isNotEqualTo(population.persons());
    }

    @Test
    void the_scale_is_the_exact_number_of_persons() {
        assertThat(population.persons()).hasSize(5_000);
        for (int scale : new int[]{1, 2, 3, 7, 500}) {
            var spec = new DemoSpecification(scale, 1, TODAY);
            assertThat(SyntheticPopulation.generate(spec, WorkforcePlan.of(spec)).persons()).hasSize(scale);
        }
    }

    @Test
    void most_persons_are_children_and_the_rest_their_parents() {
        assertThat(share(population.persons(), DemoPerson::isChild)).isBetween(0.5, 0.7);
    }

    @Test
    void the_ages_skew_to_babies_and_young_teenagers() {
        List<DemoPerson> under18 = children.stream().filter(p -> p.unborn() || p.ageOn(TODAY) < 18).toList();
        assertThat(share(under18, DemoPerson::unborn)).isCloseTo(0.015, within(0.01));
        assertThat(share(under18, p -> p.ageOn(TODAY) == 0)).isCloseTo(0.065, within(0.015));
        assertThat(share(under18, p -> p.ageOn(TODAY) >= 10 && p.ageOn(TODAY) <= 15)).isCloseTo(0.34, within(0.03));
        assertThat(share(under18, p -> p.ageOn(TODAY) >= 16)).isCloseTo(0.16, within(0.03));
    }

    @Test
    void a_few_more_boys_than_girls_as_among_children_in_need() {
        assertThat(share(bornChildrenUnder18, p -> p.sex().equals("M"))).isCloseTo(0.53, within(0.025));
        assertThat(children.stream().filter(DemoPerson::unborn)).allMatch(p -> p.sex().equals("U") && p.expectedDateOfBirth().isAfter(TODAY));
    }

    @Test
    void ethnicity_follows_the_national_children_in_need_proportions() {
        Map<String, Long> groups = children.stream().collect(Collectors.groupingBy(p -> Ethnicities.mainGroup(p.ethnicity()), Collectors.counting()));
        double n = children.size();
        // UASC and former UASC care leavers add to the Black and other groups, so allow for them.
        assertThat(groups.get("White") / n).isCloseTo(0.689, within(0.03));
        assertThat(groups.get("Mixed") / n).isCloseTo(0.085, within(0.02));
        assertThat(groups.get("Asian") / n).isCloseTo(0.071, within(0.02));
        assertThat(groups.get("Black") / n).isCloseTo(0.083, within(0.02));
        assertThat(share(children, p -> p.ethnicity().equals("WBRI"))).isCloseTo(0.605, within(0.03));
    }

    @Test
    void about_one_child_in_eight_has_a_disability() {
        List<DemoPerson> born = children.stream().filter(p -> !p.unborn()).toList();
        assertThat(share(born, p -> !p.disabilities().isEmpty())).isCloseTo(0.12, within(0.015));
    }

    @Test
    void unaccompanied_asylum_seeking_children_are_about_six_percent_of_children_in_care_mostly_older_boys() {
        List<DemoPerson> inCare = children.stream().filter(p -> p.responsibleTeam().startsWith("Children in care")).toList();
        List<DemoPerson> uasc = inCare.stream().filter(DemoPerson::unaccompaniedAsylumSeeker).toList();
        assertThat(uasc.size() / (double) inCare.size()).isCloseTo(0.06, within(0.03));
        assertThat(uasc).allMatch(p -> p.ageOn(TODAY) >= 14 && p.ageOn(TODAY) <= 17);
        assertThat(share(uasc, p -> p.sex().equals("M"))).isGreaterThan(0.85);
        assertThat(population.relationships()).noneMatch(r -> uasc.stream().anyMatch(p -> p.number() == r.to()));
    }

    @Test
    void care_leavers_are_18_to_25_and_held_by_leaving_care_teams() {
        List<DemoPerson> adults = children.stream().filter(p -> !p.unborn() && p.ageOn(TODAY) >= 18).toList();
        assertThat(adults).isNotEmpty().allMatch(p -> p.ageOn(TODAY) <= 25 && p.responsibleTeam().startsWith("Leaving care"));
        assertThat(adults.size() / (double) children.size()).isBetween(0.05, 0.15);
    }

    @Test
    void about_one_percent_of_records_are_restricted_each_with_a_reason() {
        assertThat(share(population.persons(), p -> p.restrictionReason() != null)).isBetween(0.003, 0.025);
        assertThat(population.persons().stream().map(DemoPerson::restrictionReason).filter(Objects::nonNull)).allMatch(r -> !r.isBlank());
    }

    @Test
    void every_person_has_a_team_of_the_workforce_and_parents_are_held_with_their_children() {
        Set<String> teams = WorkforcePlan.of(SAMPLE).teams().stream().map(WorkforcePlan.Team::name).collect(Collectors.toSet());
        assertThat(population.persons()).allMatch(p -> teams.contains(p.responsibleTeam()));
        assertThat(children.stream().map(DemoPerson::responsibleTeam).collect(Collectors.toSet())).isEqualTo(teams);
        Map<Integer, DemoPerson> byNumber = byNumber();
        assertThat(parentOf()).allSatisfy(r ->
                assertThat(byNumber.get(r.from()).responsibleTeam()).isEqualTo(byNumber.get(r.to()).responsibleTeam()));
    }

    @Test
    void siblings_share_their_parents_and_parents_are_adults_older_than_their_children() {
        Map<Integer, DemoPerson> byNumber = byNumber();
        Map<Integer, Set<Integer>> parentsOfChild = parentOf().stream()
                .collect(Collectors.groupingBy(DemoRelationship::to, Collectors.mapping(DemoRelationship::from, Collectors.toSet())));
        List<DemoRelationship> siblings = population.relationships().stream().filter(r -> r.type() == DemoRelationship.Type.SIBLING).toList();
        assertThat(siblings).isNotEmpty();
        for (DemoRelationship pair : siblings) {
            assertThat(parentsOfChild.get(pair.from())).isEqualTo(parentsOfChild.get(pair.to()));
            DemoPerson elder = byNumber.get(pair.from());
            DemoPerson younger = byNumber.get(pair.to());
            assertThat(elder.isChild() && younger.isChild()).isTrue();
            assertThat(elder.unborn()).isFalse();
            if (!younger.unborn()) assertThat(elder.dateOfBirth()).isBeforeOrEqualTo(younger.dateOfBirth());
        }
        for (DemoRelationship r : parentOf()) {
            DemoPerson parent = byNumber.get(r.from());
            DemoPerson child = byNumber.get(r.to());
            assertThat(parent.isChild()).isFalse();
            assertThat(child.isChild()).isTrue();
            assertThat(parent.ageOn(TODAY)).isGreaterThanOrEqualTo(18);
            assertThat(r.since()).isEqualTo(child.dateOfBirth());
            LocalDate birth = child.unborn() ? child.expectedDateOfBirth() : child.dateOfBirth();
            int ageAtBirth = java.time.Period.between(parent.dateOfBirth(), birth).getYears();
            assertThat(ageAtBirth).as("%s's age at the birth of %s", parent.localId(), child.localId())
                    .isBetween(16, parent.sex().equals("F") ? 45 : 60);
        }
        Set<Integer> parents = parentOf().stream().map(DemoRelationship::from).collect(Collectors.toSet());
        assertThat(population.persons().stream().filter(p -> !p.isChild())).allMatch(p -> parents.contains(p.number()));
    }

    @Test
    void local_ids_are_unique_and_households_have_an_address_lived_at_since_the_youngest_was_born() {
        assertThat(population.persons().stream().map(DemoPerson::localId).distinct().count()).isEqualTo(population.persons().size());
        assertThat(population.persons()).allMatch(p -> p.localId().matches("D\\d{7}"));
        assertThat(population.persons()).allMatch(p -> p.address() != null && !p.address().since().isAfter(TODAY)
                && (p.unborn() || !p.address().since().isBefore(p.dateOfBirth())));
    }

    @Test
    void children_without_a_upn_say_why_and_unaccompanied_children_have_that_immigration_status() {
        assertThat(bornChildrenUnder18).allMatch(p -> (p.upn() == null) != (p.upnUnknownReason() == null));
        assertThat(children.stream().filter(p -> p.unaccompaniedAsylumSeeker() && p.ageOn(TODAY) < 18))
                .isNotEmpty().allMatch(p -> "UASC".equals(p.immigrationStatus()));
        assertThat(population.persons().stream().filter(p -> !p.unaccompaniedAsylumSeeker())).allMatch(p -> p.immigrationStatus() == null);
    }

    @Test
    void every_identifier_is_accepted_by_the_people_modules_value_types() {
        for (DemoPerson p : population.persons()) {
            if (p.nhsNumber() != null) assertThat(NhsNumber.of(p.nhsNumber()).value()).isEqualTo(p.nhsNumber());
            if (p.upn() != null) assertThat(UniquePupilNumber.of(p.upn()).value()).isEqualTo(p.upn());
            assertThat(Postcode.of(p.address().postcode()).value()).isEqualTo(p.address().postcode());
        }
    }

    @Test
    void every_person_becomes_a_valid_people_record_with_each_relationship_given_once_on_the_later_person() {
        Map<String, UUID> teamIds = WorkforcePlan.of(SAMPLE).teams().stream()
                .collect(Collectors.toMap(WorkforcePlan.Team::name, t -> UUID.nameUUIDFromBytes(t.name().getBytes())));
        List<NewPerson> records = DemoLoader.newPersons(population, teamIds);
        assertThat(records).hasSize(population.persons().size());
        assertThat(records.stream().mapToInt(r -> r.relationships().size()).sum()).isEqualTo(population.relationships().size());
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) position.put(records.get(i).localId(), i);
        for (int i = 0; i < records.size(); i++) {
            NewPerson record = records.get(i);
            assertThat(PersonRules.datesOn(record.details(), TODAY)).isEmpty();
            for (NewRelationship r : record.relationships()) {
                assertThat(position.get(r.relatedLocalId())).as("related person loaded earlier").isLessThan(i);
            }
        }
        assertThat(records.stream().filter(r -> r.details().restricted())).allMatch(r -> r.details().restrictedReason() != null);
    }

    private static List<DemoRelationship> parentOf() {
        return population.relationships().stream().filter(r -> r.type() == DemoRelationship.Type.PARENT_OF).toList();
    }

    private static Map<Integer, DemoPerson> byNumber() {
        return population.persons().stream().collect(Collectors.toMap(DemoPerson::number, p -> p));
    }

    @Test
    void nhs_numbers_pass_modulus_11_are_in_the_reserved_test_range_and_are_unique() {
        List<String> numbers = population.persons().stream().map(DemoPerson::nhsNumber).filter(Objects::nonNull).toList();
        assertThat(numbers.size()).isGreaterThan(4_000);
        assertThat(new HashSet<>(numbers)).hasSameSizeAs(numbers);
        assertThat(numbers).allMatch(n -> n.matches("999\\d{7}")
                && SyntheticIdentifiers.nhsCheckDigit(n) == n.charAt(9) - '0');
    }

    @Test
    void school_age_children_have_unique_upns_with_the_dfe_check_letter() {
        List<String> upns = children.stream().map(DemoPerson::upn).filter(Objects::nonNull).toList();
        assertThat(share(bornChildrenUnder18.stream().filter(p -> p.ageOn(TODAY) >= 5).toList(), p -> p.upn() != null)).isGreaterThan(0.9);
        assertThat(children.stream().filter(p -> p.unborn() || p.ageOn(TODAY) < 4)).allMatch(p -> p.upn() == null);
        assertThat(new HashSet<>(upns)).hasSameSizeAs(upns);
        assertThat(upns).allMatch(u -> u.matches("[A-HJ-NP-RT-Z]\\d{12}")
                && SyntheticIdentifiers.upnCheckLetter(u.substring(1)) == u.charAt(0));
    }

    @Test
    void upns_carry_an_la_number_the_dfe_recognises_so_the_cin_census_accepts_them() throws Exception {
        // the list rule 1530 checks against
        Set<String> laNumbers;
        try (var in = SyntheticPopulationTest.class.getResourceAsStream("/returns/cin-la-codes.txt")) {
            laNumbers = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet());
        }
        List<String> upns = children.stream().map(DemoPerson::upn).filter(Objects::nonNull).toList();
        assertThat(upns).isNotEmpty().allMatch(u -> laNumbers.contains(u.substring(1, 4)));
    }

    @Test
    void a_known_nhs_number_and_upn_check_as_published() {
        // NHS Digital's worked example: 943 476 5919 is valid.
        assertThat(SyntheticIdentifiers.nhsCheckDigit("943476591")).isEqualTo(9);
        // Valid UPNs from the tests of DfE rule 1510 in data-to-insight's csc-validator-be-cin.
        assertThat(SyntheticIdentifiers.upnCheckLetter("950000178301")).isEqualTo('A');
        assertThat(SyntheticIdentifiers.upnCheckLetter("243278544154")).isEqualTo('H');
    }

    @Test
    void every_postcode_has_the_uk_shape_and_the_fictional_area() {
        assertThat(population.persons()).allMatch(p -> UK_POSTCODE.matcher(p.address().postcode()).matches()
                && p.address().postcode().startsWith("NM"));
    }

    @Test
    void religion_and_language_are_recorded_and_fit_the_family() {
        assertThat(population.persons()).allMatch(p -> p.religion() != null && p.firstLanguage() != null);
        assertThat(share(children.stream().filter(p -> p.ethnicity().equals("WBRI")).toList(), p -> p.firstLanguage().equals("eng"))).isEqualTo(1.0);
        assertThat(share(children.stream().filter(p -> p.ethnicity().equals("APKN")).toList(), p -> p.religion().equals("MUSLIM"))).isGreaterThan(0.8);
    }

    private static double share(List<DemoPerson> persons, Predicate<DemoPerson> test) {
        return persons.stream().filter(test).count() / (double) persons.size();
    }
}
