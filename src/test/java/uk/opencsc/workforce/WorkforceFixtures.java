package uk.opencsc.workforce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.support.JourneyForms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The caseload and supervision tests' way to a child held by a worker: a record, a referral, an allocation by the manager. */
final class WorkforceFixtures {

    private WorkforceFixtures() {
    }

    static RequestPostProcessor as(String username, Role role) {
        return request -> csrf().postProcessRequest(user(username).roles(role.name()).postProcessRequest(request));
    }

    static UUID id(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(UUID.class).single();
    }

    /** A girl in {@code team}, referred a few days ago, allocated today by {@code manager} to {@code worker}. */
    static UUID aChildHeldBy(MockMvc mvc, JdbcClient jdbc, UUID team, String worker, String manager, String firstName, String lastName)
            throws Exception {
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord(firstName, lastName, LocalDate.of(2013, 3, 3), team),
                as(worker, Role.SOCIAL_WORKER));
        JourneyForms.aReferralOn(mvc, jdbc, child, LocalDate.now().minusDays(3), "Concerns", "Assess", as(worker, Role.SOCIAL_WORKER),
                as(manager, Role.TEAM_MANAGER));
        Map<String, String> f = new LinkedHashMap<>();
        f.put("workerUserId", id(jdbc, worker).toString());
        JourneyForms.date(f, "allocatedOn", LocalDate.now());
        f.put("reason", "Continuity");
        mvc.perform(JourneyForms.form(post("/children/" + child + "/allocation/new"), f).with(as(manager, Role.TEAM_MANAGER)))
                .andExpect(status().is3xxRedirection());
        return child;
    }
}
