package uk.opencsc.returns;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

/** The DfE's census rules run as a worker saves a form (issue 7, item 2b). */
@IntegrationTest
class CensusCheckOnSaveTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestData testData;

    RequestPostProcessor worker;
    RequestPostProcessor manager;
    UUID team;

    @BeforeEach
    void aTeam() {
        team = testData.aTeam("Census at entry");
        worker = user(testData.aUser(Role.SOCIAL_WORKER, team, "Census at entry")).roles(Role.SOCIAL_WORKER.name());
        manager = user(testData.aUser(Role.TEAM_MANAGER, team, "Census at entry")).roles(Role.TEAM_MANAGER.name());
    }

    UUID aChildWithAnOpenReferral(String first, Map<String, String> changes) throws Exception {
        Map<String, String> record = JourneyForms.aGirlsRecord(first, "Census" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2016, 5, 4), team);
        record.putAll(changes);
        UUID child = JourneyForms.create(mvc, record, worker);
        JourneyForms.aReferralOn(mvc, jdbc, child, LocalDate.now().minusDays(1), "Police report", "Risk of significant harm", worker, manager);
        return child;
    }

    long referralsOf(UUID child) {
        return jdbc.sql("select count(*) from referral where person_id = :p").param("p", child).query(Long.class).single();
    }

    @Test
    void a_second_open_referral_would_break_census_rule_8815_so_it_is_not_saved_and_the_form_says_why_in_words() throws Exception {
        UUID child = aChildWithAnOpenReferral("Anwen", Map.of());
        long before = referralsOf(child);

        Map<String, String> referral = new LinkedHashMap<>();
        date(referral, "referralDate", LocalDate.now());
        referral.put("source", "1A");
        referral.put("primaryNeed", "N1");
        mvc.perform(form(post("/children/" + child + "/referrals/new"), referral).with(worker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not saved: the children in need census would reject this."),
                        containsString("this child already has an open referral"), containsString("(DfE rule 8815)"))));

        assertThat(referralsOf(child)).isEqualTo(before);
    }

    @Test
    void a_save_that_adds_a_census_query_is_kept_and_the_next_page_says_what_the_dfe_will_ask() throws Exception {
        // a school-age child with no UPN and no reason for it: a query (8770Q) once a referral brings them into the census
        Map<String, String> record = JourneyForms.aGirlsRecord("Bethan", "Census" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.of(2016, 5, 4), team);
        UUID child = JourneyForms.create(mvc, record, worker);
        Map<String, String> c = new LinkedHashMap<>();
        date(c, "receivedDate", LocalDate.now().minusDays(1));
        c.put("receivedTime", "08:30");
        c.put("source", "6");
        c.put("contactName", "PC Hughes");
        c.put("reason", "Police report");
        c.put("consent", "NOT_NEEDED");
        c.put("consentNote", "Seeking consent could place the child at risk");
        mvc.perform(form(post("/children/" + child + "/contacts/new"), c).with(worker));
        UUID contact = jdbc.sql("select id from contact where person_id = :p").param("p", child).query(UUID.class).single();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("decision", "STRATEGY_DISCUSSION");
        date(d, "decidedDate", LocalDate.now().minusDays(1));
        d.put("decidedTime", "09:00");
        d.put("rationale", "Risk of significant harm");
        d.put("version", "0");
        MvcResult decided = mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"), d).with(manager))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("censusQueries"))
                .andReturn();

        assertThat(referralsOf(child)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<String> queries = (List<String>) decided.getFlashMap().get("censusQueries");
        assertThat(queries).anySatisfy(q -> assertThat(q).contains("unique pupil number (UPN)").contains("(DfE rule 8770Q)"));
        mvc.perform(get(decided.getResponse().getRedirectedUrl()).flashAttrs(decided.getFlashMap()).with(manager))
                .andExpect(content().string(allOf(containsString("Before the children in need census, the DfE will ask about this"),
                        containsString(queries.stream().filter(q -> q.contains("8770Q")).findFirst().orElseThrow()))));
    }
}
