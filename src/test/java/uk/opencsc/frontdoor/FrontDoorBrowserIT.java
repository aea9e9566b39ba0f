package uk.opencsc.frontdoor;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.opencsc.access.Role;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FrontDoorBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;

    @Test
    void a_contact_recorded_by_a_worker_and_decided_as_a_referral_by_a_manager_shows_the_referral_and_its_clock_and_every_page_passes_axe() {
        UUID team = data.aTeam("Front door");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Front door");
        String manager = data.aUser(Role.TEAM_MANAGER, team, "Front door");
        String last = "Obi" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("\\d", "x");
        String frontDoor;
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.clickLink("Find a child");
            browser.clickLink("Create a new record");
            browser.type("firstName", "Amara").type("lastName", last)
                    .type("dateOfBirth", "9").type("dateOfBirth-month", "4").type("dateOfBirth-year", "2014")
                    .type("postcode", "nm2 9zz").type("line1", "5 Canal Street").type("town", "Northmoor")
                    .type("addressStartDate", "1").type("addressStartDate-month", "1").type("addressStartDate-year", "2019");
            browser.driver().findElement(By.id("sex-2")).click();
            new Select(browser.driver().findElement(By.id("ethnicity"))).selectByValue("BAFR");
            browser.driver().findElement(By.id("disabilities")).click();
            browser.submit("Create record");
            assertThat(browser.heading()).isEqualTo("Amara " + last);

            browser.clickLink("Front door: contacts, referrals and early help");
            assertThat(browser.heading()).isEqualTo("Front door");
            frontDoor = browser.path();
            browser.clickLink("Record a contact");
            browser.type("receivedTime", "").submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("Enter the time received")
                    .contains("Select who made the contact (the source)").contains("Select whether consent was given");

            // yesterday morning, so the run's time of day never puts the contact in the future
            LocalDate yesterday = LocalDate.now().minusDays(1);
            browser.type("receivedDate", String.valueOf(yesterday.getDayOfMonth()))
                    .type("receivedDate-month", String.valueOf(yesterday.getMonthValue()))
                    .type("receivedDate-year", String.valueOf(yesterday.getYear()));
            browser.type("receivedTime", "08:05").type("contactName", "PC Jones").type("contactAgency", "Northmoor Police")
                    .type("reason", "Police called to a domestic incident; Amara was present").type("childsVoice", "I was scared");
            new Select(browser.driver().findElement(By.id("source"))).selectByValue("6");
            browser.driver().findElement(By.id("consent")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Contact recorded").contains("PC Jones, Northmoor Police").contains("Record the decision");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(manager, "demo");
            browser.open(frontDoor);
            browser.driver().findElement(By.partialLinkText("Record the decision")).click();
            browser.checkAccessibility();
            browser.type("rationale", "").submit("Save");
            assertThat(browser.text()).contains("Select the decision");

            browser.driver().findElement(By.id("decision-4")).click();
            browser.type("rationale", "Domestic abuse with the child present: assessment needed").submit("Save");
            assertThat(browser.text()).contains("Decision recorded: Referral to children's social care")
                    .contains("Decided on time").contains("6 Police").contains("Open")
                    .contains("Domestic abuse with the child present");
            assertThat(browser.pagesChecked()).hasSizeGreaterThanOrEqualTo(5);
        }
    }
}
