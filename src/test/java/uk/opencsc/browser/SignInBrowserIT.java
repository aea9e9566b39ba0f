package uk.opencsc.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.opencsc.access.Role;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;

    @Test
    void an_administrator_signs_in_searches_the_audit_log_sees_the_timescales_and_every_page_passes_axe() {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        try (Browser browser = new Browser(port)) {
            browser.signIn("nobody", "wrong");
            assertThat(browser.text()).contains("Enter a correct username and password");

            browser.signIn(admin, "demo");
            assertThat(browser.heading()).isEqualTo("Children's social care");

            browser.clickLink("Audit log");
            browser.type("user", admin).submit("Search the audit log");
            assertThat(browser.text()).contains("SIGN_IN");

            browser.type("from", "31").type("from-month", "2").type("from-year", "2026").submit("Search the audit log");
            assertThat(browser.text()).contains("There is a problem").contains("From date must be a real date");

            browser.clickLink("Users");
            assertThat(browser.text()).contains(admin);
            browser.clickLink("Add a user");
            browser.submit("Add user");
            assertThat(browser.text()).contains("There is a problem").contains("Enter a username");

            browser.clickLink("Timescales");
            assertThat(browser.text()).contains("Initial child protection conference");
            browser.open("/timescales/first-core-group/setting");
            browser.type("first", "none").submit("Save setting");
            assertThat(browser.text()).contains("There is a problem");

            browser.submit("Sign out");
            assertThat(browser.text()).contains("You have signed out");
        }
    }
}
