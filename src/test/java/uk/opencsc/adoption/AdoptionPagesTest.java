package uk.opencsc.adoption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

@IntegrationTest
class AdoptionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired AccessAdministration administration;

    AdoptionFixtures f;
    UUID household;
    String familyRef;

    @BeforeEach
    void aChildAnAdoptionTeamAndApprovedAdopters() throws Exception {
        f = new AdoptionFixtures(mvc, jdbc, data);
        familyRef = TestData.unique("FAM");
        household = AdoptionFixtures.anApprovedHousehold(mvc, jdbc, f.asAdoptionWorker(), familyRef, "Priya Okafor", "Tom Okafor");
    }

    long records() {
        return jdbc.sql("select count(*) from adoption_record where person_id = :p").param("p", f.child).query(Long.class).single();
    }

    @Test
    void an_adoption_order_before_the_placement_is_refused_with_an_error_naming_the_field_and_nothing_is_written() throws Exception {
        Map<String, String> record = AdoptionFixtures.anAdoption(household, 0);
        date(record, "adoptionOrderDate", LocalDate.of(2025, 1, 20));
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), record).with(f.asAdoptionWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("#adoptionOrderDate"),
                        containsString("Date of the adoption order must be on or after the child was placed for adoption, 2025-02-03"),
                        containsString("adoptionOrderDate-error"))));
        assertThat(records()).isZero();
    }

    @Test
    void a_whole_adoption_is_saved_audited_with_its_scorecard_timings_shown() throws Exception {
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), AdoptionFixtures.anAdoption(household, 0)).with(f.asAdoptionWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/{id}/adoption", f.child).with(f.asAdoptionWorker())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Priya Okafor and Tom Okafor"), containsString("Northmoor Family Court"),
                        // A1: 1 March 2024 to 3 February 2025; A2: 4 November 2024 to 6 January 2025
                        containsString("A1: Entering care"), containsString(">339<"), containsString(">63<"))));
        mvc.perform(get("/adoption/children").with(f.asAdoptionWorker())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/children/" + f.child + "/adoption"), containsString("Adopted"))));
        String details = jdbc.sql("select details from audit_event where action = 'CHANGE' and subject = 'adoption-record' and person_id = :p")
                .param("p", f.child).query(String.class).single();
        assertThat(details).contains("adoptionOrderDate", "2025-08-04");
    }

    @Test
    void the_chronology_says_only_that_the_restricted_record_changed() throws Exception {
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), AdoptionFixtures.anAdoption(household, 0)).with(f.asAdoptionWorker()))
                .andExpect(status().is3xxRedirection());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'adoption'")
                        .param("p", f.child).query(Long.class).single() == 5);
        List<String> summaries = jdbc.sql("select distinct summary from chronology_entry where person_id = :p and source_module = 'adoption'")
                .param("p", f.child).query(String.class).list();
        assertThat(summaries).containsExactly(AdoptionRecords.CHRONOLOGY_SUMMARY);
        mvc.perform(get("/children/{id}/chronology", f.child).with(f.asChildsWorker())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("restricted adoption and permanence record"),
                        not(containsString("Okafor")), not(containsString("Northmoor Family Court")))));
    }

    @Test
    void the_second_save_of_the_same_version_is_refused_as_changed_meanwhile_keeping_the_typed_text() throws Exception {
        Map<String, String> first = AdoptionFixtures.anAdoption(household, 0);
        first.remove("placedDate.day"); first.remove("placedDate.month"); first.remove("placedDate.year");
        first.remove("adoptionOrderDate.day"); first.remove("adoptionOrderDate.month"); first.remove("adoptionOrderDate.year");
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), first).with(f.asAdoptionWorker()))
                .andExpect(status().is3xxRedirection());
        Map<String, String> mine = AdoptionFixtures.anAdoption(household, 1);
        Map<String, String> theirs = new LinkedHashMap<>(mine);
        theirs.put("placementOrderCourt", "Their court");
        mine.put("placementOrderCourt", "My court");
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), theirs).with(f.asAdoptionWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), mine).with(f.asAdoptionWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it"), containsString("My court"))));
        assertThat(jdbc.sql("select placement_order_court from adoption_record where person_id = :p").param("p", f.child)
                .query(String.class).single()).isEqualTo("Their court");
    }

    @Test
    void a_reversal_with_no_decision_to_reverse_is_refused_naming_the_reversal_date() throws Exception {
        Map<String, String> record = new LinkedHashMap<>();
        date(record, "reversedDate", LocalDate.of(2025, 1, 1));
        record.put("reversedReason", "RD2");
        record.put("version", "0");
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), record).with(f.asAdoptionWorker()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("#reversedDate")));
        assertThat(records()).isZero();
    }

    @Test
    void siblings_are_named_by_local_id_and_an_unknown_one_is_refused() throws Exception {
        Map<String, String> record = AdoptionFixtures.anAdoption(household, 0);
        record.put("siblingLocalIds", "NO-SUCH-CHILD");
        record.put("siblingsPlaced", "TOGETHER");
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), record).with(f.asAdoptionWorker()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No child has the local ID NO-SUCH-CHILD")));
        UUID brother = uk.opencsc.support.JourneyForms.create(mvc, uk.opencsc.support.JourneyForms.aGirlsRecord("Bo", "Lovell",
                LocalDate.of(2021, 5, 5), f.childsTeam), f.asChildsWorker());
        String brothersLocalId = jdbc.sql("select local_id from person where id = :p").param("p", brother).query(String.class).single();
        record.put("siblingLocalIds", brothersLocalId);
        record.put("siblingsPlaced", "APART");
        record.put("siblingsApartReason", "Bo's needs are met by a long-term foster family he wants to stay with");
        mvc.perform(form(post("/children/{id}/adoption/edit", f.child), record).with(f.asAdoptionWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/{id}/adoption", f.child).with(f.asAdoptionWorker()))
                .andExpect(content().string(allOf(containsString("Bo Lovell"), containsString("Placed apart"))));
    }

    @Test
    void a_special_guardianship_order_is_recorded_with_whom() throws Exception {
        Map<String, String> order = new LinkedHashMap<>();
        order.put("kind", "SPECIAL_GUARDIANSHIP");
        date(order, "orderDate", LocalDate.of(2025, 3, 3));
        order.put("madeTo", "Maternal grandmother");
        mvc.perform(form(post("/children/{id}/adoption/orders/new", f.child), order).with(f.asAdoptionWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/{id}/adoption", f.child).with(f.asAdoptionWorker()))
                .andExpect(content().string(containsString("Special guardianship order, to Maternal grandmother")));
        order.put("madeTo", "");
        mvc.perform(form(post("/children/{id}/adoption/orders/new", f.child), order).with(f.asAdoptionWorker()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("#madeTo")));
    }

    @Test
    void households_with_an_overdue_stage_come_first_on_the_adopters_list() throws Exception {
        String overdue = TestData.unique("LATE");
        Map<String, String> h = new LinkedHashMap<>();
        h.put("familyRef", overdue);
        h.put("firstAdopter", "Sam Late");
        h.put("fosteringForAdoption", "no");
        date(h, "enquiryDate", LocalDate.now().minusMonths(4));
        date(h, "stage1Start", LocalDate.now().minusMonths(3));
        mvc.perform(form(post("/adoption/adopters/new"), h).with(f.asAdoptionWorker())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/adoption/adopters").with(f.asAdoptionWorker())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(overdue)).isPositive().isLessThan(page.indexOf(familyRef));
        assertThat(page).contains("Stage 1: overdue by");
    }

    @Test
    void a_stage_2_before_stage_1_ended_is_refused_naming_the_field() throws Exception {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("familyRef", TestData.unique("BAD"));
        h.put("firstAdopter", "Lee Early");
        h.put("fosteringForAdoption", "no");
        date(h, "enquiryDate", LocalDate.of(2025, 1, 1));
        date(h, "stage1Start", LocalDate.of(2025, 1, 10));
        date(h, "stage1End", LocalDate.of(2025, 3, 1));
        date(h, "stage2Start", LocalDate.of(2025, 2, 1));
        mvc.perform(form(post("/adoption/adopters/new"), h).with(f.asAdoptionWorker()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("#stage2Start")));
    }
}
