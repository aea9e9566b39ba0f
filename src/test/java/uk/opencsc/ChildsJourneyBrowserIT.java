package uk.opencsc;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.Role;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.platform.web.Formats;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The journey from the front door to child protection, through the pages, as a worker and their manager live it:
 * a contact becomes a referral, the child is allocated, an assessment is written and authorised, a child in need
 * plan starts and the child is visited; a strategy discussion leads to a section 47 enquiry, an initial conference
 * and a child protection plan, and the child is visited. At each step the work trays and the chronology follow,
 * and axe finds nothing on any page.
 * <p>
 * The journey starts 40 working days ago so that the clocks fall due while the test runs: the assessment is due
 * within the trays' two-week horizon, the plan's first visit today, the conference within the horizon.
 */
@IntegrationTest
class ChildsJourneyBrowserIT {

    static final Formats FORMATS = new Formats();

    @LocalServerPort int port;
    int pagesChecked;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingDayCalendar calendar;

    /** The working day {@code n} working days before today (today counts when it is a working day). */
    LocalDate workingDaysAgo(int n) {
        LocalDate day = LocalDate.now();
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        for (int left = n; left > 0; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    LocalDate plus(LocalDate day, int workingDays) {
        return calendar.addWorkingDays(day, WorkingDays.of(workingDays));
    }

    /** The chronology is written after each change commits: look again for a few seconds before failing. */
    static void chronologyShows(Browser browser, UUID child, String... entries) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            browser.open("/children/" + child + "/chronology");
            String text = browser.text();
            boolean all = true;
            for (String entry : entries) {
                all &= text.contains(entry);
            }
            if (all || System.nanoTime() > until) {
                assertThat(text).contains(entries);
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void a_contact_becomes_a_referral_an_assessment_a_child_in_need_plan_and_a_child_protection_plan_and_the_trays_and_chronology_follow()
            throws Exception {
        String service = "Front door and assessment " + UUID.randomUUID();
        UUID team = data.aTeam(service);
        String worker = data.aUser(Role.SOCIAL_WORKER, team, service);
        String manager = data.aUser(Role.TEAM_MANAGER, team, service);
        String last = "Journey" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("\\d", "q");
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Amara", last, LocalDate.of(2015, 6, 1), team),
                user(worker).roles("SOCIAL_WORKER"));
        UUID workerId = jdbc.sql("select id from app_user where username = :u").param("u", worker).query(UUID.class).single();
        String record = "/children/" + child;
        LocalDate day0 = workingDaysAgo(40);
        LocalDate today = LocalDate.now();

        // 1. The worker records a contact received 40 working days ago, not decided: overdue on the manager's tray.
        try (Browser browser = new Browser(port)) {
            browser.signIn(worker, "demo");
            assertThat(browser.heading()).isEqualTo("Work tray");
            browser.open(record).clickLink("Front door: contacts, referrals and early help");
            browser.clickLink("Record a contact");
            browser.typeDate("receivedDate", day0).type("receivedTime", "08:30").type("contactName", "Ms Bell")
                    .type("contactAgency", "Northmoor Primary").type("reason", "Amara says her father hits her mother");
            new Select(browser.driver().findElement(By.id("source"))).selectByValue("2A");
            browser.driver().findElement(By.id("consent")).click();
            browser.submit("Save");
            pagesChecked += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(manager, "demo");
            assertThat(browser.text()).contains("Amara " + last).contains("Decision on a contact or referral").contains("Overdue by");

            // 2. The manager decides: a referral. The decision leaves the tray; the child now waits for a worker.
            browser.followLinkTo("/decision");
            browser.driver().findElement(By.id("decision-4")).click();
            browser.typeDate("decidedDate", day0).type("decidedTime", "11:00")
                    .type("rationale", "Domestic abuse witnessed by a child: a child and family assessment is needed").submit("Save");
            browser.open("/tray");
            assertThat(browser.text()).doesNotContain("Decision on a contact or referral").contains("1 child is waiting");
            chronologyShows(browser, child, "Contact received from Schools", "Contact decision: Referral", "Referral from Schools");

            // 3. The manager allocates Amara to the worker: she leaves the waiting list.
            browser.open("/tray").followLinkTo(record + "/allocation");
            browser.clickLink("Allocate to a worker");
            new Select(browser.driver().findElement(By.id("workerUserId"))).selectByValue(workerId.toString());
            browser.typeDate("allocatedOn", today).type("reason", "Allocated for the child and family assessment")
                    .submit("Allocate to a worker");
            browser.open("/tray");
            assertThat(browser.text()).contains("Every child with an open episode in this team has a worker");
            chronologyShows(browser, child, "Allocated to Test Social worker");
            pagesChecked += browser.pagesChecked().size();
        }

        String assessmentPage;
        try (Browser browser = new Browser(port)) {
            // 4. The worker's tray now has the assessment, due 45 working days after the referral.
            browser.signIn(worker, "demo");
            assertThat(browser.text()).contains("Amara " + last).contains("Child and family assessment completed")
                    .contains(FORMATS.date(plus(day0, 45)));
            browser.followLinkTo(record + "/assessments");
            browser.clickLink("Start a child and family assessment");
            browser.typeDate("startDate", plus(day0, 1)).submit("Start a child and family assessment");
            assessmentPage = browser.path();
            browser.clickLink("Write the assessment");
            browser.typeDate("childSeen[0].on", plus(day0, 2));
            browser.driver().findElement(By.id("childSeen[0].alone")).click();
            browser.type("childsWords", "I hide in my room when they shout");
            browser.driver().findElement(By.id("factors-8")).click();
            browser.type("analysis", "Amara has seen her father hurt her mother; mother wants support to keep them safe");
            browser.driver().findElement(By.id("outcome")).click();
            browser.submit("Save");
            LocalDate submitted = plus(day0, 5);
            browser.type("submittedOn-day", String.valueOf(submitted.getDayOfMonth()))
                    .type("submittedOn-month", String.valueOf(submitted.getMonthValue()))
                    .type("submittedOn-year", String.valueOf(submitted.getYear())).submit("Submit for authorisation");
            assertThat(browser.text()).contains("Assessment submitted for authorisation");
            pagesChecked += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            // 5. It waits on the manager's tray until they authorise it.
            browser.signIn(manager, "demo");
            assertThat(browser.text()).contains("Awaiting authorisation").contains("Child and family assessment");
            browser.followLinkTo(assessmentPage + "/authorise");
            browser.typeDate("authorisationDate", plus(day0, 10))
                    .type("rationale", "Well evidenced; a child in need plan with domestic abuse support follows").submit("Authorise");
            assertThat(browser.text()).contains("Assessment authorised");
            browser.open("/tray");
            assertThat(browser.text()).contains("Nothing is waiting for authorisation").doesNotContain("Child and family assessment completed");
            chronologyShows(browser, child, "Child and family assessment started", "Child and family assessment authorised");
            pagesChecked += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            // 6. The worker starts the child in need plan 20 working days ago: its first visit is due today.
            browser.signIn(worker, "demo");
            assertThat(browser.text()).doesNotContain("Child and family assessment completed");
            browser.open(record).clickLink("Child in need plans, reviews and visits");
            browser.clickLink("Start a child in need plan");
            browser.typeDate("startDate", plus(day0, 20))
                    .type("needsAndOutcomes", "Mother and Amara safe at home: IDVA support within two weeks (social worker)")
                    .submit("Save");
            assertThat(browser.text()).contains("Child in need plan started");
            browser.open("/tray");
            assertThat(browser.text()).contains("Child in need visit");
            browser.followLinkTo("/visits/new");
            browser.driver().findElement(By.id("seen")).click();
            browser.driver().findElement(By.id("seenAlone")).click();
            browser.driver().findElement(By.id("bedroomSeen")).click();
            browser.type("childsViews", "Dad left; it is quieter now").submit("Save");
            assertThat(browser.text()).contains("Child in need visit recorded");
            browser.open("/tray");
            assertThat(browser.text()).doesNotContain("Child in need visit");
            chronologyShows(browser, child, "Child in need plan started", "Child in need visit: child seen alone");
            pagesChecked += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            // 7. New harm: a strategy discussion 8 working days ago starts a section 47 enquiry; the conference is due
            //    15 working days after it, on the manager's tray.
            browser.signIn(manager, "demo");
            browser.open(record).clickLink("Child protection");
            browser.clickLink("Record a strategy discussion");
            browser.typeDate("heldDate", workingDaysAgo(8)).type("heldTime", "10:00");
            browser.driver().findElement(By.id("agencies")).click();
            browser.driver().findElement(By.id("agencies-2")).click();
            browser.driver().findElement(By.id("decision")).click();
            browser.type("rationale", "Father returned and assaulted mother in Amara's presence; joint enquiry with police")
                    .type("attendees", "DS Khan, Ms Bell").submit("Save");
            assertThat(browser.text()).contains("section 47 enquiry started");
            browser.open("/tray");
            assertThat(browser.text()).contains("Initial child protection conference")
                    .contains(FORMATS.date(plus(workingDaysAgo(8), 15)));

            // 8. The enquiry's outcome and the initial conference: a child protection plan starts (and the child in
            //    need plan ends); the conference leaves the tray, the plan's first visit and core group join it.
            browser.open(record + "/protection");
            browser.driver().findElement(By.partialLinkText("Record the outcome")).click();
            browser.checkAccessibility();
            browser.driver().findElement(By.id("outcome")).click();
            browser.submit("Save");
            browser.driver().findElement(By.partialLinkText("Record the initial conference")).click();
            browser.checkAccessibility();
            browser.driver().findElement(By.id("outcome")).click();
            browser.driver().findElement(By.id("categories-2")).click();
            browser.submit("Save");
            assertThat(browser.text()).contains("Initial conference recorded: child protection plan started");
            browser.open("/tray");
            assertThat(browser.text()).doesNotContain("Initial child protection conference")
                    .contains("Child protection visit").contains("First core group meeting");
            chronologyShows(browser, child, "Strategy discussion (", "Section 47 enquiry started", "Initial child protection conference: ",
                    "Child protection plan started under", "Child in need plan ended: ");
            pagesChecked += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            // 9. The worker visits: recorded from the tray's link; the next visit is due 10 working days on.
            browser.signIn(worker, "demo");
            assertThat(browser.text()).contains("Child protection visit");
            browser.followLinkTo("/protection/plans/" + jdbc.sql("select id from child_protection_plan where person_id = :p")
                    .param("p", child).query(UUID.class).single() + "/visits/new");
            browser.typeDate("visitDate", today);
            browser.driver().findElement(By.id("seen")).click();
            browser.driver().findElement(By.id("seenAlone")).click();
            browser.driver().findElement(By.id("bedroomSeen")).click();
            browser.type("childsViews", "I feel safer with the plan").submit("Save");
            assertThat(browser.text()).contains("Child protection visit recorded").contains("Child protection visit (2)");
            browser.open("/tray");
            assertThat(browser.text()).contains("Child protection visit")
                    .contains(FORMATS.date(plus(today, 10)));
            chronologyShows(browser, child, "Child protection visit: ");
            pagesChecked += browser.pagesChecked().size();
        }
        assertThat(pagesChecked).as("pages axe found nothing on").isGreaterThanOrEqualTo(40);
    }
}
