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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdministrationTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    @Test
    void an_administrator_adds_a_single_sign_on_social_worker_and_the_addition_is_audited() throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        UUID team = data.aTeam("Front door and assessment");
        String username = TestData.unique("jo.bloggs") + "@council.gov.uk";
        mvc.perform(post("/admin/users/new").with(user(admin).roles("ADMINISTRATOR")).with(csrf())
                        .param("username", username).param("displayName", "Jo Bloggs").param("role", "SOCIAL_WORKER")
                        .param("team", team.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.sql("select role from app_user where username = :u and password_hash is null").param("u", username)
                .query(String.class).single()).isEqualTo("SOCIAL_WORKER");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'CHANGE' and subject = 'user' and details like :u")
                .param("a", admin).param("u", "%" + username + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void each_missing_or_wrong_field_is_named_in_the_error_summary() throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        mvc.perform(post("/admin/users/new").with(user(admin).roles("ADMINISTRATOR")).with(csrf())
                        .param("username", "has space").param("displayName", "").param("role", "INSPECTOR").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#username\"")))
                .andExpect(content().string(containsString("href=\"#displayName\"")))
                .andExpect(content().string(containsString("Enter when an inspector&#39;s access ends")))
                .andExpect(content().string(containsString("href=\"#password\"")));
        mvc.perform(post("/admin/users/new").with(user(admin).roles("ADMINISTRATOR")).with(csrf())
                        .param("username", "x.y").param("displayName", "X").param("role", "TEAM_MANAGER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the team of a team manager")));
    }

    @Test
    void a_username_already_taken_is_refused() throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        mvc.perform(post("/admin/users/new").with(user(admin).roles("ADMINISTRATOR")).with(csrf())
                        .param("username", admin).param("displayName", "Again").param("role", "PERFORMANCE_ANALYST"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is already a user called " + admin)));
    }

    @Test
    void a_disabled_user_can_no_longer_sign_in() throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        String analyst = data.aUser(Role.PERFORMANCE_ANALYST, null, null);
        UUID id = jdbc.sql("select id from app_user where username = :u").param("u", analyst).query(UUID.class).single();
        mvc.perform(post("/admin/users/" + id + "/disable").with(user(admin).roles("ADMINISTRATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sign-in").param("username", analyst).param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error"));
    }
}
