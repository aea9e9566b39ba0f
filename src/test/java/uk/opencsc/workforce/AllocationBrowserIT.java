package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class AllocationBrowserIT {

    static final String SERVICE = "Allocation browser service";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor as(String username, Role role) {
        return request -> csrf().postProcessRequest(user(username).roles(role.name()).postProcessRequest(request));
    }

    @Test
    void a_head_of_service_allocates_a_waiting_child_who_leaves_the_list_and_moves_to_the_workers_team() throws Exception {
        UUID frontDoor = data.aTeam(SERVICE);
        UUID longTerm = data.aTeam(SERVICE);
        String duty = data.aUser(Role.SOCIAL_WORKER, frontDoor, SERVICE);
        String worker = data.aUser(Role.SOCIAL_WORKER, longTerm, SERVICE);
        String head = data.aUser(Role.HEAD_OF_SERVICE, null, SERVICE);
        String last = "Waits" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("\\d", "q");
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Poppy", last, LocalDate.of(2015, 4, 4), frontDoor),
                as(duty, Role.SOCIAL_WORKER));
        JourneyForms.aReferralOn(mvc, jdbc, child, LocalDate.now().minusDays(7), "Neglect concerns from school",
                "Needs a child and family assessment", as(duty, Role.SOCIAL_WORKER), as(head, Role.HEAD_OF_SERVICE));
        String name = "Poppy " + last;

        try (Browser browser = new Browser(port)) {
            browser.signIn(head, "demo");
            browser.clickLink("Children waiting for a worker");
            assertThat(browser.text()).contains(name);
            browser.clickLink("Caseloads");
            browser.open("/workforce/caseloads?team=" + longTerm);
            int before = caseload(browser, worker);
            browser.open("/workforce/waiting");
            browser.driver().findElement(By.xpath("//tr[td/a[text()='" + name + "']]//a[starts-with(normalize-space(.), 'Allocate')]")).click();
            browser.checkAccessibility();
            browser.submit("Allocate to a worker");
            assertThat(browser.text()).contains("There is a problem").contains("Select the worker to allocate the child to")
                    .contains("Enter the reason for allocation");
            new Select(browser.driver().findElement(By.id("workerUserId"))).selectByValue(
                    jdbc.sql("select id from app_user where username = :u").param("u", worker).query(UUID.class).single().toString());
            browser.type("reason", "Long-term team: continuity for the assessment and plan").submit("Allocate to a worker");
            assertThat(browser.text()).contains("Child allocated").contains("Test Social worker")
                    .contains("Long-term team: continuity for the assessment and plan");

            browser.open("/workforce/waiting");
            assertThat(browser.text()).doesNotContain(name);
            browser.open("/workforce/caseloads?team=" + longTerm);
            assertThat(caseload(browser, worker)).isEqualTo(before + 1);
            browser.open("/children/" + child + "/chronology");
            assertThat(browser.text()).contains("Allocated to Test Social worker");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.open("/children/" + child);
            assertThat(browser.heading()).isEqualTo(name);
            browser.clickLink("Allocation");
            assertThat(browser.text()).contains("Allocated worker").doesNotContain("Reallocate");
        }
        // the duty worker's team no longer holds the child (asked without a browser: the 403 page's own header link
        // fails axe's link-name rule, a platform matter outside this test)
        assertThat(mvc.perform(get("/children/" + child).with(as(duty, Role.SOCIAL_WORKER))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private static int caseload(Browser browser, String username) {
        return Integer.parseInt(browser.driver().findElement(By.cssSelector("tr[data-username='" + username + "'] td.caseload")).getText().trim());
    }
}
