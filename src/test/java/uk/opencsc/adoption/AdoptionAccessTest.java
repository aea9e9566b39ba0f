package uk.opencsc.adoption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open a child's adoption and permanence record: restricted by default (see docs/adoption.md). */
@IntegrationTest
class AdoptionAccessTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired AccessAdministration administration;

    AdoptionFixtures f;

    @BeforeEach
    void aChildOfAChildrenInCareTeamAndAnAdoptionTeam() throws Exception {
        f = new AdoptionFixtures(mvc, jdbc, data);
    }

    long audited(String actor, String action) {
        return jdbc.sql("select count(*) from audit_event where actor = :a and action = :act and person_id = :p")
                .param("a", actor).param("act", action).param("p", f.child).query(Long.class).single();
    }

    @Test
    void a_social_worker_of_the_childs_own_team_cannot_open_the_adoption_record_without_a_grant() throws Exception {
        mvc.perform(get("/children/{id}", f.child).with(f.asChildsWorker())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/children/" + f.child + "/adoption"))));
        mvc.perform(get("/children/{id}/adoption", f.child).with(f.asChildsWorker())).andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/adoption/edit", f.child).with(f.asChildsWorker())).andExpect(status().isForbidden());
        assertThat(audited(f.childsWorker, "REFUSED")).isEqualTo(2);
    }

    @Test
    void the_adoption_team_opens_the_adoption_record_and_the_view_is_audited() throws Exception {
        mvc.perform(get("/children/{id}/adoption", f.child).with(f.asAdoptionWorker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Adoption and permanence")));
        assertThat(audited(f.adoptionWorker, "VIEW")).isEqualTo(1);
    }

    @Test
    void an_explicit_grant_opens_the_adoption_record_to_the_childs_social_worker_and_shows_the_link() throws Exception {
        TestData.asSystem(() -> administration.grantRestrictedAccess(f.child, f.childsWorker, "Child's social worker in the adoption",
                null, "head.of.service"));
        mvc.perform(get("/children/{id}", f.child).with(f.asChildsWorker())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/children/" + f.child + "/adoption")));
        mvc.perform(get("/children/{id}/adoption", f.child).with(f.asChildsWorker())).andExpect(status().isOk());
    }

    @Test
    void roles_that_read_every_record_do_not_read_the_adoption_record() throws Exception {
        String analyst = data.aUser(Role.PERFORMANCE_ANALYST, null, null);
        mvc.perform(get("/children/{id}", f.child).with(user(analyst).roles(Role.PERFORMANCE_ANALYST.name()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/children/" + f.child + "/adoption"))));
        mvc.perform(get("/children/{id}/adoption", f.child).with(user(analyst).roles(Role.PERFORMANCE_ANALYST.name())))
                .andExpect(status().isForbidden());
    }

    @Test
    void prospective_adopters_are_for_the_adoption_team_only() throws Exception {
        mvc.perform(get("/adoption/adopters").with(f.asAdoptionWorker())).andExpect(status().isOk());
        mvc.perform(get("/adoption/adopters").with(f.asChildsWorker())).andExpect(status().isForbidden());
        mvc.perform(get("/adoption/children").with(f.asAdoptionWorker())).andExpect(status().isOk());
        mvc.perform(get("/adoption/children").with(f.asChildsWorker())).andExpect(status().isForbidden());
        mvc.perform(get("/timescales").with(f.asAdoptionWorker())).andExpect(content().string(containsString("/adoption/adopters")));
        mvc.perform(get("/timescales").with(f.asChildsWorker())).andExpect(content().string(not(containsString("/adoption/adopters"))));
    }
}
