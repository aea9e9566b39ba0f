package uk.opencsc.adoption;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.platform.validation.InvalidValueException;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AdoptionBulkLoadTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired AdoptionBulkLoad load;

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static HouseholdDetails approved(String ref) {
        return new HouseholdDetails(ref, "Ann Smith", "Bea Smith", AdoptersSex.FF, AdoptersLegalStatus.L12, false,
                LocalDate.of(2024, 1, 5), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 7, 25), LocalDate.of(2024, 8, 15), ApprovedBy.PANEL_AND_ADM, null, null);
    }

    static AdoptionMilestones adoption(LocalDate order) {
        return new AdoptionMilestones(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 2), PlacementAuthority.PLACEMENT_ORDER,
                LocalDate.of(2024, 11, 4), "Northmoor Family Court", LocalDate.of(2025, 1, 6), null, null, null,
                LocalDate.of(2025, 2, 3), order, null, null, Set.of(), null, null);
    }

    long rows(String table, String where, Object value) {
        return jdbc.sql("select count(*) from " + table + " where " + where).param("v", value).query(Long.class).single();
    }

    @Test
    void a_load_writes_households_records_orders_and_contentless_chronology_entries() throws Exception {
        AdoptionFixtures f = new AdoptionFixtures(mvc, jdbc, data);
        String ref = TestData.unique("BULK");
        var summary = TestData.asSystem(() -> load.load(List.of(approved(ref)),
                List.of(new AdoptionBulkLoad.HistoricAdoption(f.child, AdoptionFixtures.BORN, ref, adoption(LocalDate.of(2025, 8, 4)))),
                List.of(new AdoptionBulkLoad.HistoricOrder(f.child, AdoptionFixtures.BORN, PermanenceOrderKind.CHILD_ARRANGEMENTS,
                        LocalDate.of(2025, 9, 1), "Aunt")), TODAY));
        assertThat(summary).isEqualTo(new AdoptionBulkLoad.Summary(1, 1, 1));
        assertThat(rows("adoption_record r join adopter_household h on h.id = r.household_id", "r.person_id = :v", f.child)).isEqualTo(1);
        assertThat(jdbc.sql("select distinct summary from chronology_entry where person_id = :p and source_module = 'adoption'")
                .param("p", f.child).query(String.class).list()).containsExactly(AdoptionRecords.CHRONOLOGY_SUMMARY);
        assertThat(rows("chronology_entry", "person_id = :v and source_module = 'adoption'", f.child)).as("five milestones and the order").isEqualTo(6);
    }

    @Test
    void a_row_with_an_adoption_order_before_the_placement_loads_nothing_and_is_named() throws Exception {
        AdoptionFixtures f = new AdoptionFixtures(mvc, jdbc, data);
        String ref = TestData.unique("BAD");
        assertThatThrownBy(() -> TestData.asSystem(() -> load.load(List.of(approved(ref)),
                List.of(new AdoptionBulkLoad.HistoricAdoption(f.child, AdoptionFixtures.BORN, ref, adoption(LocalDate.of(2025, 1, 20)))),
                List.of(), TODAY)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("adoption 1").hasMessageContaining("Date of the adoption order must be on or after")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("adoptionOrderDate"));
        assertThat(rows("adopter_household", "family_ref = :v", ref)).isZero();
        assertThat(rows("adoption_record", "person_id = :v", f.child)).isZero();
    }
}
