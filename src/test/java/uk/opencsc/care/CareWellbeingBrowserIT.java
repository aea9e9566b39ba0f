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
import static uk.opencsc.support.JourneyForms.form;

@IntegrationTest
class CareWellbeingBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired MockMvc mvc;

    @Test
    void a_worker_records_immunisations_an_sdq_substance_misuse_a_caution_the_school_and_a_pep_meeting_on_accessible_pages() throws Exception {
        UUID team = data.aTeam("Children in care");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in care");
        LocalDate today = LocalDate.now();
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Zara", "Bell", today.minusYears(13), team),
                user(worker).roles("SOCIAL_WORKER"));
        mvc.perform(form(post("/children/" + child + "/care/start"), CarePagesTest.aStart(today.minusYears(2)))
                .with(user(worker).roles("SOCIAL_WORKER"))).andExpect(status().is3xxRedirection());
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.open("/children/" + child + "/care");
            browser.clickLink("Health, wellbeing and education: immunisations, SDQ, substance misuse, offending, school and PEP");
            assertThat(browser.heading()).isEqualTo("Health, wellbeing and education");
            assertThat(browser.text()).contains("No strengths and difficulties questionnaire in the last 12 months");

            browser.clickLink("Record an immunisation check");
            browser.driver().findElement(By.id("upToDate")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Immunisations recorded");

            browser.clickLink("Record a strengths and difficulties questionnaire");
            browser.type("score", "45").submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("Total difficulties score must be a whole number from 0 to 40");
            browser.type("score", "14").submit("Save");
            assertThat(browser.text()).contains("14 out of 40").doesNotContain("No strengths and difficulties questionnaire in the last");

            browser.clickLink("Record a substance misuse problem");
            browser.driver().findElement(By.id("interventionReceived")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Substance misuse recorded").contains("Received");

            browser.clickLink("Record a conviction or caution");
            browser.typeDate("decidedOn", today.minusDays(7)).type("offence", "Criminal damage");
            browser.driver().findElement(By.id("outcome-2")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Conviction or caution recorded").contains("Criminal damage");

            browser.clickLink("Change school and virtual school details");
            browser.type("schoolName", "Riverside Academy").type("schoolUrn", "123456").type("virtualSchoolContact", "Amira Khan");
            browser.driver().findElement(By.id("senStatus-3")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("School and virtual school details saved").contains("Education, health and care plan");

            browser.clickLink("Record a personal education plan (PEP) meeting");
            browser.driver().findElement(By.id("review-2")).click();
            browser.type("targets", "Maths tutoring twice a week").submit("Save");
            assertThat(browser.text()).contains("PEP meeting recorded").contains("Targets: Maths tutoring twice a week");
            assertThat(browser.pagesChecked()).hasSizeGreaterThanOrEqualTo(14);
        }
    }
}
