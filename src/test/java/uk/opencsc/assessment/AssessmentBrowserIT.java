package uk.opencsc.assessment;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.opencsc.access.Role;
import uk.opencsc.frontdoor.Consent;
import uk.opencsc.frontdoor.ContactDecision;
import uk.opencsc.frontdoor.ContactOutcome;
import uk.opencsc.frontdoor.FrontDoorBulkLoad;
import uk.opencsc.frontdoor.HistoricContact;
import uk.opencsc.frontdoor.NewContact;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.frontdoor.ReferralSource;
import uk.opencsc.people.Disability;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.Language;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.Sex;
import uk.opencsc.people.UpnUnknownReason;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AssessmentBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired PeopleBulkLoad people;
    @Autowired FrontDoorBulkLoad frontDoor;
    @Autowired JdbcClient jdbc;

    /** A child of the team with a referral (an open CIN episode) from {@code referred}. */
    UUID aReferredChildInTeam(UUID team, String manager, LocalDate referred) {
        String localId = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        PersonDetails details = new PersonDetails("Kofi", null, "Mensah", null, Sex.MALE, null, LocalDate.of(2015, 9, 3), null,
                Ethnicity.BAFR, null, Language.ENGLISH, false, Set.of(Disability.NONE), null, UpnUnknownReason.UN1, null, false, null, null,
                team, false, null);
        TestData.asSystem(() -> people.load(List.of(new NewPerson(localId, details, null, List.of()))));
        UUID child = jdbc.sql("select id from person where local_id = :l").param("l", localId).query(UUID.class).single();
        TestData.asSystem(() -> frontDoor.load(List.of(new HistoricContact(
                new NewContact(child, referred.atTime(9, 0), ReferralSource.SCHOOLS, "Ms Bell", "Northmoor Primary",
                        "Kofi says there is shouting at home every night", Consent.GIVEN, null, null),
                new ContactDecision(ContactOutcome.REFERRAL_TO_SOCIAL_CARE, referred.atTime(11, 0), "A child and family assessment is needed"),
                manager, new HistoricContact.ReferralHistory(PrimaryNeed.N1, null, null, false), null))));
        return child;
    }

    @Test
    void a_worker_writes_an_assessment_with_an_autosaved_draft_a_manager_returns_it_and_authorises_the_resubmission() {
        UUID team = data.aTeam("Children in need");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        String manager = data.aUser(Role.TEAM_MANAGER, team, "Children in need");
        LocalDate referred = LocalDate.now().minusDays(10);
        UUID child = aReferredChildInTeam(team, manager, referred);
        String assessmentPage;
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.open("/children/" + child);
            browser.clickLink("Child and family assessments");
            browser.clickLink("Start a child and family assessment");
            browser.typeDate("startDate", referred);
            browser.submit("Start a child and family assessment");
            assertThat(browser.text()).contains("Child and family assessment started");
            assessmentPage = browser.path();

            browser.clickLink("Write the assessment");
            browser.typeDate("childSeen[0].on", referred.plusDays(1));
            browser.driver().findElement(By.id("childSeen[0].alone")).click();
            browser.type("childsWords", "I want the shouting to stop");
            // the autosave would post within 30 seconds; ask for it now and wait for the page to say so
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('form[data-autosave-url]').dispatchEvent(new Event('autosave-now'))");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector("[data-autosave-status]")).getText().startsWith("Draft saved at"));

            // as after a crash or a timed-out session: the form comes back from the draft
            browser.open(assessmentPage);
            assertThat(browser.text()).contains("You have a draft of this assessment");
            browser.clickLink("Continue writing");
            assertThat(browser.text()).contains("Your draft saved on");
            assertThat(browser.driver().findElement(By.id("childsWords")).getAttribute("value")).isEqualTo("I want the shouting to stop");

            browser.typeDate("childSeen[1].on", referred.plusDays(4));
            browser.driver().findElement(By.id("childSeen[1].alone-2")).click();
            browser.driver().findElement(By.id("factors-8")).click(); // 3B domestic abuse, parent
            browser.type("analysis", "Kofi is frightened by the arguments between his parents; mother accepts support");
            browser.driver().findElement(By.id("outcome")).click();   // a child in need plan
            browser.submit("Save");
            assertThat(browser.text()).contains("Assessment saved").doesNotContain("You have a draft of this assessment");
            assertThat(jdbc.sql("select count(*) from assessment_child_seen s join child_and_family_assessment a on a.id = s.assessment_id "
                    + "where a.person_id = :c").param("c", child).query(Long.class).single()).isEqualTo(2L);
            browser.submit("Submit for authorisation");
            assertThat(browser.text()).contains("Assessment submitted for authorisation");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(manager, "demo");
            browser.open(assessmentPage);
            browser.clickLink("Return to the worker");
            browser.type("returnReason", "Say what Kofi's father thinks").submit("Return to the worker");
            assertThat(browser.text()).contains("Assessment returned to the worker");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.open(assessmentPage);
            assertThat(browser.text()).contains("Say what Kofi's father thinks");
            browser.clickLink("Write the assessment");
            browser.type("analysis", "Kofi is frightened by the arguments; his father agrees to a perpetrator programme");
            browser.submit("Save");
            browser.submit("Submit for authorisation");
            assertThat(browser.text()).contains("Submitted for authorisation");
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(manager, "demo");
            browser.open(assessmentPage);
            browser.clickLink("Authorise");
            browser.type("rationale", "The analysis is evidenced; a child in need plan follows").submit("Authorise");
            assertThat(browser.text()).contains("Assessment authorised").contains("The analysis is evidenced");
            assertThat(browser.pagesChecked()).isNotEmpty();
        }
    }
}
