package uk.opencsc.careleavers;

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
class CareLeaverBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired MockMvc mvc;

    @Test
    void a_personal_adviser_records_the_category_plan_contacts_accommodation_activity_review_and_support() throws Exception {
        UUID team = data.aTeam("Leaving care");
        String adviser = data.aUser(Role.PERSONAL_ADVISER, team, "Leaving care");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Leaving care");
        LocalDate today = LocalDate.now();
        UUID person = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Leah", "Mensah", today.minusYears(19).minusMonths(2), team),
                user(worker).roles("SOCIAL_WORKER"));
        try (Browser browser = new Browser(port)) {
            browser.signIn(adviser, "demo");
            browser.open("/children/" + person);
            browser.clickLink("Care leaver: category, personal adviser, pathway plan and contacts");
            assertThat(browser.heading()).isEqualTo("Care leaver");
            assertThat(browser.text()).contains("No leaving care category recorded").contains("Nobody is allocated");

            browser.clickLink("Record the leaving care category");
            browser.driver().findElement(By.id("category")).click();
            browser.typeDate("categoryFrom", today).submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("eligible child applies from 16 to 17");
            browser.driver().findElement(By.id("category-3")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Leaving care category saved").contains("Former relevant child");

            browser.clickLink("Pathway plan agreed");
            browser.typeDate("agreedOn", today.minusMonths(7)).submit("Save");
            assertThat(browser.text()).contains("Pathway plan saved").contains("Pathway plan review").contains("Overdue");

            browser.clickLink("Record a pathway plan review");
            browser.type("views", "I want to start an apprenticeship").submit("Save");
            assertThat(browser.text()).contains("Pathway plan review recorded").contains("The young person said: I want to start an apprenticeship")
                    .contains("Met late");

            browser.clickLink("Record a contact");
            browser.typeDate("contactDate", today.plusDays(1)).submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("Select whether you were in touch");
            browser.typeDate("contactDate", today);
            browser.driver().findElement(By.id("inTouch")).click();
            browser.driver().findElement(By.id("method-2")).click();
            browser.type("notes", "Called Leah about her college place").submit("Save");
            assertThat(browser.text()).contains("Contact recorded").contains("Called Leah about her college place");

            browser.clickLink("Record accommodation");
            new Select(browser.driver().findElement(By.id("accommodation"))).selectByValue("U");
            browser.driver().findElement(By.id("suitable")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Accommodation recorded").contains("suitable (U1)");

            browser.clickLink("Record activity");
            browser.driver().findElement(By.id("activity-5")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Activity recorded").contains("(F4)");

            browser.clickLink("Staying put and support");
            browser.typeDate("extendedRequestedOn", today).submit("Save");
            assertThat(browser.text()).contains("Support saved").contains("extended to 25");
        }
    }
}
