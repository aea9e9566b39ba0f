package uk.opencsc.chronology;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.opencsc.access.Role;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseNoteBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired PeopleBulkLoad people;
    @Autowired JdbcClient jdbc;

    UUID aChildInTeam(UUID team) {
        String localId = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        PersonDetails details = new PersonDetails("Amara", null, "Okafor", null, Sex.FEMALE, null, LocalDate.of(2016, 2, 14), null,
                Ethnicity.BAFR, null, Language.ENGLISH, false, Set.of(Disability.NONE), null, UpnUnknownReason.UN1, null, false, null, null,
                team, false, null);
        TestData.asSystem(() -> people.load(List.of(new NewPerson(localId, details, null, List.of()))));
        return jdbc.sql("select id from person where local_id = :l").param("l", localId).query(UUID.class).single();
    }

    @Test
    void a_social_worker_records_a_visit_and_sees_it_in_the_chronology_and_every_page_passes_axe() {
        UUID team = data.aTeam("Children in need");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        UUID child = aChildInTeam(team);
        LocalDate yesterday = LocalDate.now(CaseNoteRepository.UK).minusDays(1);
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            browser.open("/children/" + child);
            browser.clickLink("Case notes");
            assertThat(browser.text()).contains("No case notes match.");
            browser.clickLink("Add a case note");
            browser.submit("Save note");
            assertThat(browser.text()).contains("There is a problem").contains("Select the type of note").contains("Enter the date it happened");

            browser.driver().findElement(By.id("type")).click(); // the first type: a visit
            browser.type("occurredOn", String.valueOf(yesterday.getDayOfMonth()))
                    .type("occurredOn-month", String.valueOf(yesterday.getMonthValue()))
                    .type("occurredOn-year", String.valueOf(yesterday.getYear()))
                    .type("occurredTime", "16:15").type("subject", "Home visit after school")
                    .type("text", "Amara showed me her room and her new school books.");
            browser.submit("Save as draft");
            assertThat(browser.text()).contains("Draft saved at").contains("Your draft saved on");
            assertThat(browser.driver().findElement(By.id("text")).getAttribute("value")).contains("her new school books");

            browser.driver().findElement(By.id("childSeen")).click();
            browser.driver().findElement(By.id("seenAlone")).click();
            browser.type("childsWords", "I got a gold star today.");
            browser.submit("Save note");
            assertThat(browser.heading()).endsWith("Visit: Home visit after school");
            assertThat(browser.text()).contains("Case note saved").contains("I got a gold star today.");

            browser.open("/children/" + child);
            browser.clickLink("Chronology");
            String summary = "Visit (child seen alone): Home visit after school";
            // the entry is written just after the note's transaction commits: reload a few times at most
            for (int i = 0; i < 50 && !browser.text().contains(summary); i++) {
                browser.driver().navigate().refresh();
            }
            assertThat(browser.text()).contains(summary).contains("16:15");
            browser.clickLink("Print view");
            assertThat(browser.text()).contains(summary);
            assertThat(browser.pagesChecked()).hasSizeGreaterThanOrEqualTo(8);
        }
    }
}
