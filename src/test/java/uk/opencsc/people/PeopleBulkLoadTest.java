package uk.opencsc.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PeopleBulkLoadTest {

    @Autowired PeopleBulkLoad bulkLoad;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;

    @Test
    void a_bulk_load_writes_persons_addresses_and_both_halves_of_each_relationship_once() {
        UUID team = testData.aTeam("Children in need");
        String mum = People.aLocalId();
        String child = People.aLocalId();
        long before = bulkLoad.count();

        var summary = bulkLoad.load(List.of(
                new NewPerson(mum, People.anAdult("Sara", "Bulkload", LocalDate.of(1990, 3, 1), team),
                        new NewAddress("1 High Street", null, "Northmoor", Postcode.of("nm1 1aa"), LocalDate.of(2020, 1, 1)),
                        List.of(new NewRelationship(RelationshipType.PARENT_OF, child, LocalDate.of(2015, 6, 1)))),
                new NewPerson(child, People.aChild("Lily", "Bulkload", LocalDate.of(2015, 6, 1), team),
                        new NewAddress("1 High Street", null, "Northmoor", Postcode.of("NM1 1AA"), LocalDate.of(2020, 1, 1)),
                        List.of(new NewRelationship(RelationshipType.CHILD_OF, mum, LocalDate.of(2015, 6, 1)))),
                new NewPerson(null, People.anUnbornChild("Bulkload", LocalDate.now().plusMonths(3), team), null, List.of())));

        assertThat(summary).isEqualTo(new PeopleBulkLoad.Summary(3, 2, 1));
        assertThat(bulkLoad.count()).isEqualTo(before + 3);
        assertThat(jdbc.sql("""
                        select p.local_id || ' ' || r.type || ' ' || q.local_id from relationship r
                        join person p on p.id = r.person_id join person q on q.id = r.related_person_id
                        where p.local_id in (:a, :b) order by r.type desc""").param("a", mum).param("b", child)
                .query(String.class).list())
                .containsExactly(mum + " PARENT_OF " + child, child + " CHILD_OF " + mum);
        assertThat(jdbc.sql("select postcode from address a join person p on p.id = a.person_id where p.local_id = :id")
                .param("id", child).query(String.class).single()).isEqualTo("NM1 1AA");
        assertThat(jdbc.sql("select local_id from person where last_name = 'Bulkload' and date_of_birth is null")
                .query(String.class).single()).matches("P\\d{7}");
    }

    @Test
    void a_load_with_one_bad_person_loads_nobody_and_names_the_person_and_field() {
        UUID team = testData.aTeam("Children in need");
        long before = bulkLoad.count();
        List<NewPerson> persons = List.of(
                new NewPerson(null, People.aChild("Good", "Person", LocalDate.of(2014, 1, 1), team), null, List.of()),
                new NewPerson("BAD1", People.aChild("Born", "Tomorrow", LocalDate.now().plusDays(1), team), null, List.of()));

        assertThatThrownBy(() -> bulkLoad.load(persons)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Person 2 (BAD1)").hasMessageContaining("Date of birth")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("dateOfBirth");
        assertThatThrownBy(() -> bulkLoad.load(List.of(new NewPerson("X1", People.aChild("A", "B", LocalDate.of(2014, 1, 1), team), null,
                List.of(new NewRelationship(RelationshipType.SIBLING, "NOBODY-HERE", null))))))
                .hasMessageContaining("'NOBODY-HERE' is neither in the load nor recorded");
        assertThat(bulkLoad.count()).isEqualTo(before);
    }

    /** Run with -Dopencsc.bench=true: the synthetic authority's 60,000 persons must load in well under 20 seconds. */
    @Test
    @EnabledIfSystemProperty(named = "opencsc.bench", matches = "true")
    void sixty_thousand_persons_with_addresses_and_relationships_load_in_under_20_seconds() {
        // an authority's worth of names: 40 first names and about 8,000 made-up surnames, across 20 teams
        List<UUID> teams = new ArrayList<>();
        for (int t = 0; t < 20; t++) teams.add(testData.aTeam("Children in need"));
        UUID team = teams.getFirst();
        String prefix = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        String[] first = {"Amira", "Oliver", "Jack", "Mia", "Noah", "Isla", "Leo", "Ava", "Zain", "Freya", "Muhammad", "Olivia", "George",
                "Amelia", "Harry", "Lily", "Oscar", "Sophia", "Charlie", "Grace", "Ibrahim", "Evie", "Alfie", "Ella", "Theo", "Aisha",
                "Jacob", "Poppy", "Freddie", "Maja", "Arthur", "Chloe", "Kacper", "Ruby", "Logan", "Zara", "Reuben", "Esme", "Tomasz", "Layla"};
        String[] syllables = {"ash", "bel", "car", "dun", "ew", "far", "gil", "hol", "ing", "jen", "kin", "lor", "mor", "nes", "ok",
                "pen", "quin", "ros", "stan", "tor"};
        List<NewPerson> persons = new ArrayList<>();
        java.util.Random random = new java.util.Random(2026);
        for (int i = 0; i < 60_000; i++) {
            String id = prefix + i;
            List<NewRelationship> family = i % 3 == 0 ? List.of() : List.of(new NewRelationship(RelationshipType.SIBLING, prefix + (i - 1), null));
            LocalDate born = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6500));
            String surname = syllables[random.nextInt(20)] + syllables[random.nextInt(20)] + syllables[random.nextInt(20)];
            surname = Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
            persons.add(new NewPerson(id, People.aChild(first[random.nextInt(40)], i == 12_345 ? "Khan" : surname, born, teams.get(i % 20)),
                    new NewAddress(i + " Long Road", null, "Northmoor", Postcode.of("NM" + (i % 9 + 1) + " " + (i % 10) + "AB"), born), family));
        }
        long start = System.nanoTime();
        var summary = TestData.asSystem(() -> bulkLoad.load(persons));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Bulk load of " + summary + " took " + millis + " ms");
        assertThat(summary.persons()).isEqualTo(60_000);
        assertThat(millis).isLessThan(20_000);

        // the name search's plan at this size, as a social worker of the team would run it
        jdbc.sql("analyze").update();
        String someone = persons.get(12_345).details().firstName() + " Khan";
        var query = PersonRepository.searchQuery(new SearchCriteria(someone, null, null, null, null),
                new uk.opencsc.access.ReadScope(false, java.util.Set.of(teams.get(12_345 % 20)), java.util.Set.of()));
        String plan = String.join("\n", jdbc.sql("explain (analyze, buffers) " + query.sql()).params(query.params()).query(String.class).list());
        System.out.println(plan);
        assertThat(plan).contains("person_search_name_trgm");
        assertThat(jdbc.sql(query.sql()).params(query.params()).query((rs, n) -> rs.getString("local_id")).list()).contains(prefix + 12_345);

        // and as an analyst who reads every unrestricted record
        var everyone = PersonRepository.searchQuery(new SearchCriteria(someone, null, null, null, null),
                new uk.opencsc.access.ReadScope(true, java.util.Set.of(), java.util.Set.of()));
        String widePlan = String.join("\n", jdbc.sql("explain (analyze, buffers) " + everyone.sql()).params(everyone.params()).query(String.class).list());
        System.out.println(widePlan);
        assertThat(widePlan).contains("person_search_name_trgm");
    }
}
