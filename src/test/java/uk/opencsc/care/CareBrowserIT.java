package uk.opencsc.care;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
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

@IntegrationTest
class CareBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired MockMvc mvc;

    static void select(Browser browser, String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    @Test
    void a_worker_starts_a_period_of_care_sees_the_episode_a_move_opens_before_saving_records_a_review_visit_and_checks_and_ends_it()
            throws Exception {
        UUID team = data.aTeam("Children in care");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in care");
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Leah", "Marsh", LocalDate.of(2013, 2, 11), team),
                user(worker).roles("SOCIAL_WORKER"));
        LocalDate today = LocalDate.now();
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.open("/children/" + child);
            browser.clickLink("Children in care: periods of care, placements, reviews and visits");
            assertThat(browser.heading()).isEqualTo("Children in care");
            assertThat(browser.text()).contains("The child has not been looked after");

            browser.clickLink("Start a period of care");
            browser.typeDate("startDate", today.minusDays(40)).submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("Select the legal status").contains("Select the placement type");
            select(browser, "legalStatus", "C1");
            select(browser, "categoryOfNeed", "N1");
            select(browser, "placementType", "U6");
            select(browser, "placementProvider", "PR1");
            browser.type("placementPostcode", "NM5 1AB").type("homePostcode", "NM3 4AB");
            browser.driver().findElement(By.id("uasc-2")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Period of care started").contains("S: Started to be looked after")
                    .contains("Looked after child review").contains("Visit to a looked after child");

            browser.clickLink("Record a change of legal status or placement");
            select(browser, "placementProvider", "PR4");
            browser.type("placementPostcode", "NM6 2AB");
            browser.driver().findElement(By.id("carerChanged")).click();
            select(browser, "reasonPlacementChanged", "CHILD");
            browser.typeDate("changeDate", today.minusDays(10)).submit("Continue");
            assertThat(browser.text()).contains("Saving opens a new episode: P: Change of placement and carer only");
            browser.submit("Confirm and save");
            assertThat(browser.text()).contains("New episode recorded: P").contains("CHILD: Child asked for the placement to end");

            // the child's home postcode was mistyped when the period started: corrected in place, no episode opened
            browser.followLinkTo("/correct");
            assertThat(browser.heading()).contains("Correct an episode of care");
            browser.type("homePostcode", "not a postcode").submit("Save the correction");
            assertThat(browser.text()).contains("There is a problem");
            browser.type("homePostcode", "NM3 4AD").submit("Save the correction");
            assertThat(browser.text()).contains("Episode corrected").contains("NM3 4AD, NM5 1AB").contains("P: Change of placement and carer only");

            browser.clickLink("Record a looked after review");
            browser.typeDate("reviewDate", today.minusDays(5)).type("iro", "Jo Reviewer");
            browser.driver().findElement(By.id("participation-2")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Looked after review recorded").contains("Chaired by Jo Reviewer");

            browser.clickLink("Record a visit to the looked after child");
            browser.driver().findElement(By.id("seen")).click();
            browser.driver().findElement(By.id("seenAlone")).click();
            browser.type("childsViews", "My new room is nice").submit("Save");
            assertThat(browser.text()).contains("Visit recorded").contains("The child said: My new room is nice");

            browser.clickLink("Record a health assessment");
            browser.submit("Save");
            assertThat(browser.text()).contains("Health assessment recorded");
            browser.clickLink("Record a dental check");
            browser.submit("Save");
            assertThat(browser.text()).contains("Dental check recorded");

            browser.clickLink("End the period of care");
            browser.typeDate("endDate", today);
            select(browser, "reasonCeased", "E4A");
            browser.submit("Save");
            assertThat(browser.text()).contains("Period of care ended").contains("E4A: Returned home");
            assertThat(browser.pagesChecked()).hasSizeGreaterThanOrEqualTo(17);
        }
    }
}
