package uk.opencsc.care;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.care.CareBrowserIT.select;

@IntegrationTest
class CarePlanningBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired MockMvc mvc;

    @Test
    void a_worker_records_twin_track_plans_and_family_time_and_the_iro_records_a_visit_and_an_escalation_on_accessible_pages() throws Exception {
        UUID team = data.aTeam("Children in care");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in care");
        String iro = data.aUser(Role.INDEPENDENT_REVIEWING_OFFICER, null, null);
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Isla", "Brennan", LocalDate.of(2023, 4, 9), team),
                user(worker).roles("SOCIAL_WORKER"));
        LocalDate today = LocalDate.now();
        mvc.perform(JourneyForms.form(post("/children/" + child + "/care/start"), CarePagesTest.aStart(today.minusDays(130)))
                .with(user(worker).roles("SOCIAL_WORKER"))).andExpect(status().is3xxRedirection());
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.open("/children/" + child + "/care");
            browser.clickLink("Care planning: permanence plan, IRO visits and escalations, family time");
            assertThat(browser.text()).contains("No permanence plan agreed: it was due by the second review");

            browser.clickLink("Record a permanence plan");
            browser.submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("Select the plan for permanence");
            browser.driver().findElement(By.id("kind")).click();
            browser.driver().findElement(By.id("primary")).click();
            browser.typeDate("agreedOn", today.minusDays(10)).submit("Save");
            assertThat(browser.text()).contains("Permanence plan recorded").contains("a) Return to family")
                    .doesNotContain("No permanence plan agreed");

            browser.clickLink("Record a permanence plan");
            browser.driver().findElement(By.id("kind-2")).click();
            browser.driver().findElement(By.id("primary-2")).click();
            browser.typeDate("agreedOn", today.minusDays(10)).submit("Save");
            assertThat(browser.text()).contains("b) Adoption").contains("Parallel or contingency");

            browser.clickLink("Record a family time arrangement");
            browser.type("withWhom", "Kerry Brennan");
            select(browser, "relationship", "MOTHER");
            select(browser, "frequency", "WEEKLY");
            browser.driver().findElement(By.id("supervised")).click();
            browser.type("supervisedBy", "Family time service").typeDate("startDate", today.minusDays(120)).submit("Save");
            assertThat(browser.text()).contains("Family time arrangement recorded").contains("Kerry Brennan (Mother)");

            browser.followLinkTo("/sessions/new");
            browser.driver().findElement(By.id("outcome")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Family time session recorded").contains("Took place");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(iro, "demo");
            browser.open("/children/" + child + "/care/planning");
            browser.clickLink("Record a visit or contact with the child");
            browser.driver().findElement(By.id("method")).click();
            browser.driver().findElement(By.id("seenAlone-2")).click();
            browser.type("childsViews", "Smiled and showed me her toys").submit("Save");
            assertThat(browser.text()).contains("IRO contact recorded").contains("Smiled and showed me her toys");

            browser.clickLink("Raise an escalation");
            browser.driver().findElement(By.id("concerns-3")).click();
            browser.type("issue", "Adoption medical not requested").submit("Save");
            assertThat(browser.text()).contains("Escalation recorded").contains("1 IRO escalation is open");

            browser.followLinkTo("/edit");
            browser.driver().findElement(By.id("stage-2")).click();
            browser.typeDate("resolvedOn", today);
            browser.type("outcome", "Medical booked for next week").submit("Save");
            assertThat(browser.text()).contains("Escalation updated").contains("Medical booked for next week")
                    .doesNotContain("IRO escalation is open");
            assertThat(browser.pagesChecked()).hasSizeGreaterThanOrEqualTo(6);
        }
    }
}
