package uk.opencsc.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RestrictedAccessPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void a_head_of_service_gives_access_to_a_restricted_record_and_the_grant_is_audited_against_the_child() throws Exception {
        String head = data.aUser(Role.HEAD_OF_SERVICE, null, "Children in care and permanence");
        String worker = data.aUser(Role.SOCIAL_WORKER, data.aTeam("Children in care and permanence"), null);
        UUID child = UUID.randomUUID();

        mvc.perform(post("/access/restricted-records").with(user(head).roles("HEAD_OF_SERVICE")).with(csrf())
                        .param("person", child.toString()).param("username", worker).param("reason", "Allocated for adoption work"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/access/restricted-records"));

        assertThat(jdbc.sql("select count(*) from restricted_record_grant where person_id = :p and username = :u and granted_by = :h")
                .param("p", child).param("u", worker).param("h", head).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and action = 'CHANGE' and subject = 'restricted-record-grant'")
                .param("p", child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_grant_without_a_reason_or_for_an_unknown_record_id_is_refused_naming_each_field() throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        mvc.perform(post("/access/restricted-records").with(user(admin).roles("ADMINISTRATOR")).with(csrf())
                        .param("person", "P000123").param("username", "nobody-at-all").param("reason", " ")
                        .param("expiresOn.day", "1").param("expiresOn.month", "13").param("expiresOn.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#person\"")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("href=\"#expiresOn\"")))
                .andExpect(content().string(containsString("Access ends must be a real date")));
    }

    @Test
    void a_social_worker_cannot_give_access() throws Exception {
        mvc.perform(get("/access/restricted-records").with(user("sw").roles("SOCIAL_WORKER")))
                .andExpect(status().isForbidden());
    }
}
