package uk.opencsc.careleavers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

@IntegrationTest
class LeavingCareOnCeasingTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    final LocalDate today = LocalDate.now();
    String worker;

    RequestPostProcessor asWorker() {
        return user(worker).roles(Role.SOCIAL_WORKER.name());
    }

    /** A young person born {@code born}, looked after from {@code start} until {@code end} for {@code reason}. */
    UUID lookedAfter(LocalDate born, LocalDate start, LocalDate end, String reason) throws Exception {
        UUID team = data.aTeam("Children in care");
        worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in care");
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Jade", TestData.unique("Cole"), born, team), asWorker());
        Map<String, String> s = new LinkedHashMap<>();
        date(s, "startDate", start);
        s.put("legalStatus", "V2");
        s.put("categoryOfNeed", "N5");
        s.put("placementType", "U6");
        s.put("placementProvider", "PR1");
        s.put("placementPostcode", "NM4 2DB");
        s.put("homePostcode", "NM3 4AB");
        s.put("intendedUntilEighteen", "no");
        s.put("uasc", "no");
        mvc.perform(form(post("/children/" + child + "/care/start"), s).with(asWorker())).andExpect(status().is3xxRedirection());
        Map<String, String> e = new LinkedHashMap<>();
        date(e, "endDate", end);
        e.put("reasonCeased", reason);
        e.put("version", jdbc.sql("select version from period_of_care where person_id = :p").param("p", child).query(String.class).single());
        mvc.perform(form(post("/children/" + child + "/care/end"), e).with(asWorker())).andExpect(status().is3xxRedirection());
        return child;
    }

    List<String> careLeaver(UUID child) {
        return jdbc.sql("select category || ' ' || category_from from care_leaver where person_id = :p").param("p", child)
                .query(String.class).list();
    }

    @Test
    void a_young_person_who_leaves_care_at_17_after_13_weeks_becomes_a_relevant_child_from_that_day_audited() throws Exception {
        LocalDate born = today.minusYears(17).minusDays(30);
        UUID child = lookedAfter(born, today.minusDays(200), today.minusDays(5), "E4A");
        assertThat(careLeaver(child)).containsExactly("RELEVANT " + today.minusDays(5));
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and subject = 'care-leaver'").param("p", child)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void care_taken_over_by_another_authority_starts_no_leaving_care_record_here() throws Exception {
        LocalDate born = today.minusYears(17).minusDays(30);
        UUID child = lookedAfter(born, today.minusDays(200), today.minusDays(5), "E3");
        assertThat(careLeaver(child)).isEmpty();
    }

    @Test
    void a_child_who_leaves_care_before_16_is_not_a_care_leaver() throws Exception {
        LocalDate born = today.minusYears(15);
        UUID child = lookedAfter(born, today.minusDays(200), today.minusDays(5), "E4A");
        assertThat(careLeaver(child)).isEmpty();
    }
}
