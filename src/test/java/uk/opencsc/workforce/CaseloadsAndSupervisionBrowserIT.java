package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.Role;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseloadsAndSupervisionBrowserIT {

    static final String SERVICE = "Caseloads browser service";

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void a_head_of_service_drills_into_a_teams_caseloads_and_a_manager_records_a_supervision_that_reaches_the_childs_chronology()
            throws Exception {
        UUID team = data.aTeam(SERVICE);
        String worker = data.aUser(Role.SOCIAL_WORKER, team, SERVICE);
        String manager = data.aUser(Role.TEAM_MANAGER, team, SERVICE);
        String head = data.aUser(Role.HEAD_OF_SERVICE, null, SERVICE);
        String last = "Sup" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("\\d", "q");
        UUID child = WorkforceFixtures.aChildHeldBy(mvc, jdbc, team, worker, manager, "Maya", last);
        String name = "Maya " + last;

        try (Browser browser = new Browser(port)) {
            browser.signIn(head, "demo");
            browser.clickLink("Caseloads");
            assertThat(browser.text()).contains(SERVICE).contains("Children held at each month end");
            browser.driver().findElement(By.cssSelector("tr[data-team='" + team + "'] a")).click();
            browser.checkAccessibility();
            assertThat(browser.driver().findElement(By.cssSelector("tr[data-username='" + worker + "'] td.caseload")).getText()).isEqualTo("1");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(manager, "demo");
            browser.clickLink("Supervision");
            browser.driver().findElement(By.cssSelector("tr[data-username='" + worker + "'] a")).click();
            browser.checkAccessibility();
            browser.clickLink("Record a supervision");
            String field = SupervisionRecords.fieldOf(child);
            browser.type("discussion" + field, "Nursery reports she is settling; mother engaging with the plan")
                    .submit("Record a supervision");
            assertThat(browser.text()).contains("There is a problem").contains("Enter the decisions made for " + name);
            browser.type("decisions" + field, "Visit at home within 10 working days").submit("Record a supervision");
            assertThat(browser.text()).contains("Supervision of Test Social worker recorded").contains(name)
                    .contains("Visit at home within 10 working days");
            browser.open("/children/" + child);
            browser.clickLink("Supervision discussions");
            assertThat(browser.text()).contains("Nursery reports she is settling");
            // the chronology is written after the commit, asynchronously
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            do {
                browser.open("/children/" + child + "/chronology");
            } while (!browser.text().contains("supervision with") && System.nanoTime() < deadline);
            assertThat(browser.text()).contains("Discussed in Test Social worker's supervision with Test Team manager");
        }
    }
}
