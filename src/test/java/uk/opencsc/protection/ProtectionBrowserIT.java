package uk.opencsc.protection;

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
class ProtectionBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;

    @Test
    void a_strategy_discussion_leads_to_a_section_47_an_initial_conference_and_a_plan_with_a_visit_and_the_timescales_follow() {
        UUID team = data.aTeam("Child protection");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Child protection");
        String manager = data.aUser(Role.TEAM_MANAGER, team, "Child protection");
        String last = "Reid" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("\\d", "x");
        String frontDoor;
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.clickLink("Find a child");
            browser.clickLink("Create a new record");
            browser.type("firstName", "Maisie").type("lastName", last)
                    .type("dateOfBirth", "2").type("dateOfBirth-month", "7").type("dateOfBirth-year", "2016")
                    .type("postcode", "nm4 6zz").type("line1", "8 Wharf Road").type("town", "Northmoor")
                    .type("addressStartDate", "1").type("addressStartDate-month", "1").type("addressStartDate-year", "2020");
            browser.driver().findElement(By.id("sex-2")).click();
            new Select(browser.driver().findElement(By.id("ethnicity"))).selectByValue("WBRI");
            browser.driver().findElement(By.id("disabilities")).click();
            browser.submit("Create record");
            browser.clickLink("Front door: contacts, referrals and early help");
            frontDoor = browser.path();
            browser.clickLink("Record a contact");
            LocalDate yesterday = LocalDate.now().minusDays(1);
            browser.type("receivedDate", String.valueOf(yesterday.getDayOfMonth()))
                    .type("receivedDate-month", String.valueOf(yesterday.getMonthValue()))
                    .type("receivedDate-year", String.valueOf(yesterday.getYear()));
            browser.type("receivedTime", "08:05").type("contactName", "Dr Shah").type("contactAgency", "Northmoor Surgery")
                    .type("reason", "Unexplained fracture to Maisie's arm");
            new Select(browser.driver().findElement(By.id("source"))).selectByValue("3A");
            browser.driver().findElement(By.id("consent")).click();
            browser.submit("Save");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(manager, "demo");
            browser.open(frontDoor);
            browser.driver().findElement(By.partialLinkText("Record the decision")).click();
            browser.checkAccessibility();
            browser.driver().findElement(By.id("decision-5")).click();
            browser.type("rationale", "Unexplained injury to a young child: strategy discussion").submit("Save");
            browser.clickLink("Back to the record");

            browser.clickLink("Child protection");
            assertThat(browser.heading()).isEqualTo("Child protection");
            assertThat(browser.text()).contains("No child protection timescale applies yet");
            browser.clickLink("Record a strategy discussion");
            browser.driver().findElement(By.id("agencies")).click();
            browser.driver().findElement(By.id("agencies-2")).click();
            browser.driver().findElement(By.id("decision")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("Enter the rationale for the decision");
            browser.type("rationale", "Fracture not explained by the parents; police and health agree a joint enquiry")
                    .type("attendees", "DS Khan, Dr Shah").submit("Save");
            assertThat(browser.text()).contains("Strategy discussion recorded: section 47 enquiry started")
                    .contains("Initial child protection conference").contains("Upcoming");

            browser.driver().findElement(By.partialLinkText("Record the outcome")).click();
            browser.checkAccessibility();
            browser.driver().findElement(By.id("outcome")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Section 47 outcome recorded");

            browser.driver().findElement(By.partialLinkText("Record the initial conference")).click();
            browser.checkAccessibility();
            browser.driver().findElement(By.id("outcome")).click();
            browser.driver().findElement(By.id("categories-2")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Initial conference recorded: child protection plan started")
                    .contains("PHY Physical abuse").contains("Met on time").contains("First core group meeting")
                    .contains("Child protection review conference").contains("Child protection visit");

            browser.clickLink("Record a visit");
            browser.type("visitDate", String.valueOf(LocalDate.now().plusDays(1).getDayOfMonth()))
                    .type("visitDate-month", String.valueOf(LocalDate.now().plusDays(1).getMonthValue()))
                    .type("visitDate-year", String.valueOf(LocalDate.now().plusDays(1).getYear()));
            browser.driver().findElement(By.id("seen")).click();
            browser.driver().findElement(By.id("seenAlone")).click();
            browser.driver().findElement(By.id("bedroomSeen")).click();
            browser.type("childsViews", "My arm still hurts").submit("Save");
            assertThat(browser.text()).contains("Date of the visit must be today or in the past");
            LocalDate today = LocalDate.now();
            browser.type("visitDate", String.valueOf(today.getDayOfMonth())).type("visitDate-month", String.valueOf(today.getMonthValue()))
                    .type("visitDate-year", String.valueOf(today.getYear())).submit("Save");
            assertThat(browser.text()).contains("Child protection visit recorded").contains("The child said: My arm still hurts")
                    .contains("Child protection visit (2)");
            assertThat(browser.pagesChecked()).hasSizeGreaterThanOrEqualTo(12);
        }
    }
}
