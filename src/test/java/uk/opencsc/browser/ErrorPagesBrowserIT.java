package uk.opencsc.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.opencsc.access.Role;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.NewPerson;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.PersonDetails;
import uk.opencsc.people.PersonLookup;
import uk.opencsc.people.Sex;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The error pages a worker meets pass axe like every other page (each {@code open} runs it). */
@IntegrationTest
class ErrorPagesBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired PeopleBulkLoad people;
    @Autowired PersonLookup lookup;

    @Test
    void the_not_permitted_and_not_found_pages_have_no_axe_violations() {
        UUID team = data.aTeam("Children in need");
        String worker = data.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        UUID anotherTeamsChild = aChildOf(data.aTeam("Children in need"));
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");

            // refused by the URL rules (Spring Security's error page)
            browser.open("/admin/users");
            assertThat(browser.heading()).isEqualTo("You do not have access to this page");

            // refused by the record's access check (ErrorPages, where no @ModelAttribute runs)
            browser.open("/children/" + anotherTeamsChild);
            assertThat(browser.heading()).isEqualTo("You do not have access to this page");

            browser.open("/children/" + UUID.randomUUID());
            assertThat(browser.heading()).isEqualTo("Page not found");

            assertThat(browser.pagesChecked()).as("sign-in, start page and the three error pages")
                    .hasSize(5);
        }
    }

    private UUID aChildOf(UUID team) {
        String localId = "EP" + Long.toString(System.nanoTime() % 1_000_000_000L);
        PersonDetails details = new PersonDetails("Ava", null, "Stone", null, Sex.of("F"), null, LocalDate.of(2016, 3, 1), null,
                Ethnicity.of("WBRI"), null, null, false, Set.of(), null, null, null, false, null, null, team, false, null);
        TestData.asSystem(() -> people.load(List.of(new NewPerson(localId, details, null, List.of()))));
        return lookup.idsOfLocalIds(List.of(localId)).get(localId);
    }
}
