package uk.opencsc.adoption;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdoptionBrowserIT {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;

    @Test
    void the_adoption_team_approves_adopters_and_records_a_childs_adoption_refused_first_for_an_order_before_the_placement() throws Exception {
        AdoptionFixtures f = new AdoptionFixtures(mvc, jdbc, data);
        String familyRef = TestData.unique("FAM");
        try (Browser browser = new Browser(port)) {
            browser.signIn(f.adoptionWorker, "demo");
            browser.clickLink("Adopters");
            browser.clickLink("Add a household");
            browser.type("familyRef", familyRef).type("firstAdopter", "Nia Brook").type("secondAdopter", "Joe Brook");
            new Select(browser.driver().findElement(By.id("adoptersSex"))).selectByValue("MF");
            new Select(browser.driver().findElement(By.id("legalStatus"))).selectByValue("L11");
            browser.typeDate("enquiryDate", LocalDate.of(2023, 9, 1)).typeDate("stage1Start", LocalDate.of(2023, 9, 15))
                    .typeDate("stage1End", LocalDate.of(2023, 11, 10)).typeDate("stage2Start", LocalDate.of(2023, 11, 20))
                    .typeDate("stage2End", LocalDate.of(2024, 3, 15)).typeDate("approvalDate", LocalDate.of(2024, 4, 2));
            browser.submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("Select who approved the adopters");
            browser.driver().findElement(By.id("approvedBy")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Adopters Nia Brook and Joe Brook added").contains(familyRef)
                    .contains("Approved, waiting for a match");

            browser.open("/children/" + f.child + "/adoption").checkAccessibility();
            assertThat(browser.text()).contains("This record is restricted").contains("Nothing has been recorded yet");
            browser.clickLink("Record or change milestones");
            browser.typeDate("enteredCareDate", LocalDate.of(2024, 3, 1)).typeDate("admDecisionDate", LocalDate.of(2024, 9, 2))
                    .typeDate("placementOrderDate", LocalDate.of(2024, 11, 4)).type("placementOrderCourt", "Northmoor Family Court")
                    .typeDate("matchedDate", LocalDate.of(2025, 1, 6)).typeDate("placedDate", LocalDate.of(2025, 2, 3))
                    .typeDate("adoptionOrderDate", LocalDate.of(2025, 1, 20));
            browser.driver().findElement(By.id("authority")).click();
            new Select(browser.driver().findElement(By.id("householdId"))).selectByVisibleText("Nia Brook and Joe Brook (" + familyRef + ")");
            browser.submit("Save");
            assertThat(browser.text()).contains("There is a problem")
                    .contains("Date of the adoption order must be on or after the child was placed for adoption");
            browser.typeDate("adoptionOrderDate", LocalDate.of(2025, 8, 4)).submit("Save");
            assertThat(browser.text()).contains("Adoption and permanence record saved").contains("A1: Entering care")
                    .contains("Within the threshold").contains("Nia Brook and Joe Brook");

            browser.clickLink("Back to children with an adoption record");
            assertThat(browser.text()).contains("Children with an adoption record").contains("Adopted");
            browser.followLinkTo("/children/" + f.child + "/adoption");
            browser.clickLink("Record an order");
            browser.submit("Save");
            assertThat(browser.text()).contains("Select which order the court made");
            browser.driver().findElement(By.id("kind-2")).click();
            browser.typeDate("orderDate", LocalDate.of(2025, 9, 1)).type("madeTo", "Aunt").submit("Save");
            assertThat(browser.text()).contains("Child arrangements order (to live with), to Aunt");
            assertThat(browser.pagesChecked()).hasSizeGreaterThanOrEqualTo(9);
        }
    }
}
