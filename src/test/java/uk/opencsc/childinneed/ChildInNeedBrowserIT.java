package uk.opencsc.childinneed;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.Role;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class ChildInNeedBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void a_worker_starts_a_child_in_need_plan_records_a_visit_and_a_review_and_ends_it_and_the_clocks_follow() throws Exception {
        UUID team = data.aTeam("Children in need");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        String manager = data.aUser(Role.TEAM_MANAGER, team, "Children in need");
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Zara", "Quinn", LocalDate.of(2014, 8, 9), team),
                user(worker).roles("SOCIAL_WORKER"));
        JourneyForms.aReferralOn(mvc, jdbc, child, LocalDate.now().minusDays(40), "Zara caring for her mother most evenings",
                "Young carer: a child and family assessment is needed", user(worker).roles("SOCIAL_WORKER"),
                user(manager).roles("TEAM_MANAGER"));
        LocalDate today = LocalDate.now();
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.open("/children/" + child);
            browser.clickLink("Child in need plans, reviews and visits");
            assertThat(browser.heading()).isEqualTo("Child in need");
            assertThat(browser.text()).contains("No child in need timescale applies yet").contains("No child in need plans recorded");

            browser.clickLink("Start a child in need plan");
            assertThat(browser.text()).contains("No authorised child and family assessment");
            browser.submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("Enter the child's needs and the outcomes")
                    .contains("say why the plan starts without one");
            browser.type("needsAndOutcomes", "Young carers' service assessment and respite by the end of the month (social worker)")
                    .type("withoutAssessmentReason", "Assessment recorded in the previous system").submit("Save");
            assertThat(browser.text()).contains("Child in need plan started").contains("Child in need visit")
                    .contains("Child in need plan review").contains("Upcoming");

            browser.clickLink("Record a visit");
            browser.driver().findElement(By.id("seen")).click();
            browser.driver().findElement(By.id("seenAlone")).click();
            browser.driver().findElement(By.id("bedroomSeen")).click();
            browser.type("childsViews", "I want Mum to get better").submit("Save");
            assertThat(browser.text()).contains("Child in need visit recorded").contains("The child said: I want Mum to get better")
                    .contains("Met on time").contains("Child in need visit (2)");

            browser.clickLink("Record a review");
            browser.driver().findElement(By.id("decision")).click();
            browser.type("notes", "Respite started; Zara attends the young carers' group").submit("Save");
            assertThat(browser.text()).contains("Review recorded").contains("Continue the plan as it is");

            browser.clickLink("End the plan");
            browser.type("endDate", String.valueOf(today.plusDays(1).getDayOfMonth()))
                    .type("endDate-month", String.valueOf(today.plusDays(1).getMonthValue()))
                    .type("endDate-year", String.valueOf(today.plusDays(1).getYear()));
            browser.driver().findElement(By.id("endReason")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("End date must be today or in the past");
            browser.type("endDate", String.valueOf(today.getDayOfMonth())).type("endDate-month", String.valueOf(today.getMonthValue()))
                    .type("endDate-year", String.valueOf(today.getYear())).submit("Save");
            assertThat(browser.text()).contains("Child in need plan ended").contains("Needs met: no longer a child in need")
                    .contains("No longer needed").doesNotContain("Record a visit");
            assertThat(browser.pagesChecked()).hasSizeGreaterThanOrEqualTo(12);
        }
    }
}
