package uk.opencsc.returns;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.opencsc.access.Role;
import uk.opencsc.returns.cin.CinCensusExport;
import uk.opencsc.returns.cin.rules.ElementPath;
import uk.opencsc.returns.cin.rules.Failure;
import uk.opencsc.returns.cin.rules.Severity;
import uk.opencsc.returns.cin.rules.ValidationReport;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReturnsBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired CensusFixtures fixtures;
    @Autowired CinCensusRuns runs;

    @Test
    void a_performance_analyst_runs_the_2026_census_sees_its_report_and_downloads_it() throws Exception {
        UUID team = data.aTeam("Returns browser service");
        String manager = data.aUser(Role.TEAM_MANAGER, team, null);
        String analyst = data.aUser(Role.PERFORMANCE_ANALYST, null, null);
        String child = CensusFixtures.uniquePrefix();
        fixtures.aChild(child, LocalDate.of(2015, 8, 8), null, team);
        fixtures.aReferral(child, LocalDate.of(2025, 6, 2), null, false, manager);

        try (Browser browser = new Browser(port)) {
            browser.signIn(analyst, "demo");
            browser.clickLink("CIN census");
            assertThat(browser.heading()).isEqualTo("Children in need census");
            new Select(browser.driver().findElement(By.id("year"))).selectByValue("2026");
            browser.submit("Run the export and validation");
            browser.checkAccessibility();
            assertThat(browser.text()).contains("The 2026 census was exported and validated").contains("Census 2026: the last run")
                    .contains("Children in the return");
            assertThat(Integer.parseInt(browser.driver().findElement(By.cssSelector("[data-figure='children']")).getText().replace(",", "")))
                    .isPositive();
            String download = browser.driver().findElement(By.id("download")).getAttribute("href");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(download))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("cin-census-2026.xml"));
            assertThat(file.body()).contains("<LAchildID>" + child + "</LAchildID>").contains("<ReferenceDate>2026-03-31</ReferenceDate>");

            // a rule's failures, each child linked to their record (a run kept with one failure: the record has none)
            UUID person = fixtures.person(child);
            runs.keep(new CinCensusRuns.CensusRun(2015, Instant.now(), "Test", new byte[0], new CinCensusExport.Result(null,
                    new ValidationReport(1, List.of(new Failure(child, ElementPath.cinDetails(0).then("ReferralNFA"), "8869",
                            Severity.ERROR, "A message"))), Map.of(child, person))));
            browser.open("/returns/cin?year=2015");
            browser.clickLink("8869");
            assertThat(browser.heading()).contains("Rule 8869");
            browser.clickLink(child);
            assertThat(browser.path()).isEqualTo("/children/" + person);
        }
    }
}
