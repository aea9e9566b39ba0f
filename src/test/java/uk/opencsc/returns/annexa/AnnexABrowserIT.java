package uk.opencsc.returns.annexa;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.Role;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AnnexABrowserIT {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired TestData data;

    @Test
    void an_inspector_picks_a_reference_date_and_a_list_and_narrows_it_to_a_team_and_then_a_worker() throws Exception {
        AnnexAFixture.Built built = new AnnexAFixture(context).build(mvc);
        String inspector = data.aUser(Role.INSPECTOR, null, null);
        try (Browser browser = new Browser(port)) {
            browser.signIn(inspector, "demo");
            browser.clickLink("Annex A");
            assertThat(browser.heading()).isEqualTo("Ofsted's Annex A lists");
            assertThat(browser.text()).contains("List 1: Contacts on");

            browser.typeDate("referenceDate", AnnexAFixture.REFERENCE_DATE);
            new Select(browser.driver().findElement(By.id("list"))).selectByValue("7");
            new Select(browser.driver().findElement(By.id("team"))).selectByValue(built.team().toString());
            browser.submit("Show list");
            assertThat(browser.text()).contains("List 7: Child protection on 30 June 2025").contains("2 rows")
                    .contains(built.cleo()).contains(built.benjamin()).doesNotContain(built.amy());

            new Select(browser.driver().findElement(By.id("list"))).selectByValue("3");
            new Select(browser.driver().findElement(By.id("worker"))).selectByValue(built.asha().toString());
            browser.submit("Show list");
            assertThat(browser.text()).contains("List 3: Referrals on 30 June 2025").contains("3 rows")
                    .contains(built.amy()).contains(built.eve()).doesNotContain(built.benjamin());
            assertThat(browser.driver().findElement(By.id("download-all")).getAttribute("href"))
                    .contains("/returns/annex-a/download").contains("lists=all").contains("worker=" + built.asha());
        }
    }
}
