package uk.opencsc.people;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.opencsc.access.Role;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ChildRecordBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;

    @Test
    void a_social_worker_creates_finds_and_edits_a_childs_record_without_javascript_and_every_page_passes_axe() {
        UUID team = data.aTeam("Children in need");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        String last = "Abara" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("\\d", "x");
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.clickLink("Find a child");
            browser.submit("Search");
            assertThat(browser.text()).contains("There is a problem").contains("Enter a name, date of birth");

            browser.clickLink("Create a new record");
            browser.submit("Create record");
            assertThat(browser.text()).contains("Enter the first name").contains("Select the sex");

            browser.type("firstName", "Chidi").type("lastName", last)
                    .type("dateOfBirth", "3").type("dateOfBirth-month", "7").type("dateOfBirth-year", "2015")
                    .type("nhsNumber", "4000000004").type("postcode", "nm2 9zz").type("line1", "5 Canal Street").type("town", "Northmoor")
                    .type("addressStartDate", "1").type("addressStartDate-month", "1").type("addressStartDate-year", "2019");
            browser.driver().findElement(By.id("sex-2")).click();
            new Select(browser.driver().findElement(By.id("ethnicity"))).selectByValue("BAFR");
            browser.driver().findElement(By.id("disabilities")).click();
            browser.submit("Create record");
            assertThat(browser.heading()).isEqualTo("Chidi " + last);
            assertThat(browser.text()).contains("Record created").contains("400 000 0004").contains("NM2 9ZZ");

            browser.clickLink("Edit details");
            browser.type("preferredName", "Chi").submit("Save");
            assertThat(browser.heading()).isEqualTo("Chidi " + last + " (Chi)");

            browser.clickLink("Add a new address");
            browser.type("line1", "8 Station Road").type("town", "Northmoor").type("postcode", "NM3 1AB")
                    .type("startDate", "2").type("startDate-month", "2").type("startDate-year", "2025").submit("Save");
            assertThat(browser.text()).contains("Current, since 2 February 2025").contains("1 January 2019 to 2 February 2025");

            browser.clickLink("Find a child");
            browser.type("name", "Chidy " + last).submit("Search");
            assertThat(browser.text()).contains("1 found").contains("Chidi " + last);
        }
    }
}
