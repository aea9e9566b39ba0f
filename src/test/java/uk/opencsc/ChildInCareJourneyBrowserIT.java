package uk.opencsc;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.adoption.AdoptionFixtures;
import uk.opencsc.support.Browser;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.ChildsJourneyBrowserIT.chronologyShows;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

/**
 * A child on a child protection plan becomes looked after under an interim care order, and their journey through care
 * goes on through the pages as their social worker (and, for adoption, the adoption team) live it: the child is placed
 * and moves, goes missing and returns, is reviewed, and either turns 18 and becomes a care leaver whose pathway plan is
 * reviewed, or is placed for adoption and adopted. At each step the episodes follow the SSDA903 rules (a new episode for
 * each change of legal status or placement, the one before ending X1), the worker's tray gains and loses the statutory
 * clocks, and the chronology records it; axe finds nothing on any page.
 * <p>
 * The days are counted back from today so that the clocks fall due while the test runs.
 */
@IntegrationTest
class ChildInCareJourneyBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    final LocalDate today = LocalDate.now();

    LocalDate daysAgo(int n) {
        return today.minusDays(n);
    }

    record Team(UUID id, String worker, String manager) {
        RequestPostProcessor asWorker() {
            return user(worker).roles(Role.SOCIAL_WORKER.name());
        }

        RequestPostProcessor asManager() {
            return user(manager).roles(Role.TEAM_MANAGER.name());
        }
    }

    Team aChildrenInCareTeam() {
        String service = "Children in care " + UUID.randomUUID();
        UUID team = data.aTeam(service);
        return new Team(team, data.aUser(Role.SOCIAL_WORKER, team, service), data.aUser(Role.TEAM_MANAGER, team, service));
    }

    /**
     * Through the front door and child protection forms: a referral {@code daysAgo} days ago, a strategy discussion
     * that day starting a section 47 enquiry, and an initial conference 14 days later making a child protection plan;
     * the child allocated to the worker.
     */
    void onAChildProtectionPlan(UUID child, Team team, int daysAgo) throws Exception {
        LocalDate day = daysAgo(daysAgo);
        JourneyForms.aReferralOn(mvc, jdbc, child, day, "Police found the child alone at home with signs of injury",
                "Injury and neglect: a joint enquiry is needed", team.asWorker(), team.asManager());
        Map<String, String> s = new LinkedHashMap<>();
        date(s, "heldDate", day);
        s.put("heldTime", "11:00");
        s.put("attendees", "DS Khan (police), Dr Ali (GP)");
        s.put("decision", "SECTION_47");
        s.put("rationale", "Injuries with no explanation; joint enquiry with the police");
        mvc.perform(form(post("/children/" + child + "/protection/strategy-discussions/new"), s)
                .param("agencies", "POLICE", "HEALTH").with(team.asWorker())).andExpect(status().is3xxRedirection());
        UUID enquiry = jdbc.sql("select id from section47_enquiry where person_id = :p").param("p", child).query(UUID.class).single();
        Map<String, String> o = new LinkedHashMap<>();
        o.put("outcome", "SUBSTANTIATED_ICPC");
        date(o, "outcomeDate", day.plusDays(3));
        o.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/protection/enquiries/" + enquiry + "/outcome"), o).with(team.asWorker()))
                .andExpect(status().is3xxRedirection());
        Map<String, String> c = new LinkedHashMap<>();
        date(c, "conferenceDate", day.plusDays(14));
        c.put("outcome", "PLAN");
        c.put("version", "1");
        mvc.perform(form(post("/children/" + child + "/protection/enquiries/" + enquiry + "/conference"), c)
                .param("categories", "NEG").with(team.asWorker())).andExpect(status().is3xxRedirection());
        JourneyForms.allocate(mvc, jdbc, child, team.worker(), team.asManager());
    }

    static void select(Browser browser, String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    static void click(Browser browser, String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    /** Starts the period of care under an interim care order in a foster placement. */
    static void startsToBeLookedAfter(Browser browser, String record, LocalDate day) {
        browser.open(record).clickLink("Children in care: periods of care, placements, reviews and visits");
        browser.clickLink("Start a period of care");
        browser.typeDate("startDate", day);
        select(browser, "legalStatus", "C1");
        select(browser, "categoryOfNeed", "N1");
        select(browser, "placementType", "U6");
        select(browser, "placementProvider", "PR1");
        browser.type("placementPostcode", "NM5 1AB").type("homePostcode", "NM3 4AB");
        click(browser, "uasc-2");
        browser.submit("Save");
        assertThat(browser.text()).contains("Period of care started").contains("Started to be looked after")
                .contains("Interim care order");
    }

    /** A change of legal status only: previewed as a new episode L, then saved. */
    static void legalStatusChanges(Browser browser, String record, String legalStatus, LocalDate day) {
        browser.open(record + "/care").clickLink("Record a change of legal status or placement");
        select(browser, "legalStatus", legalStatus);
        click(browser, "carerChanged-2");
        browser.typeDate("changeDate", day).submit("Continue");
        assertThat(browser.text()).contains("Saving opens a new episode: L");
        browser.submit("Confirm and save");
        assertThat(browser.text()).contains("New episode recorded: L");
    }

    /** Ends the child protection plan at the first review after the child became looked after. */
    static void childProtectionPlanEnds(Browser browser, String record, LocalDate day) {
        browser.open(record + "/protection").clickLink("End the plan");
        browser.typeDate("endDate", day).type("endReason", "Looked after under an interim care order: the care plan now keeps the child safe")
                .submit("Save");
        assertThat(browser.text()).doesNotContain("There is a problem");
    }

    @Test
    void a_child_on_a_plan_is_looked_after_moves_goes_missing_is_reviewed_and_at_18_becomes_a_former_relevant_care_leaver_whose_plan_is_reviewed()
            throws Exception {
        Team team = aChildrenInCareTeam();
        LocalDate eighteenth = daysAgo(10);
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Kayla", TestData.unique("Reid"), eighteenth.minusYears(18), team.id()),
                team.asWorker());
        onAChildProtectionPlan(child, team, 760);
        String record = "/children/" + child;
        int pages = 0;
        try (Browser browser = new Browser(port)) {
            browser.signIn(team.worker(), "demo");
            assertThat(browser.text()).contains("Child protection visit").doesNotContain("Looked after child review");

            // 1. An interim care order, 700 days ago (Kayla is 16): the period's first episode (S) and the looked
            //    after clocks, all overdue by now, on the tray; the child protection plan ends at the first review.
            startsToBeLookedAfter(browser, record, daysAgo(700));
            childProtectionPlanEnds(browser, record, daysAgo(690));
            browser.open("/tray");
            assertThat(browser.text()).contains("Looked after child review").contains("Visit to a looked after child")
                    .contains("Health assessment of a looked after child").doesNotContain("Child protection visit");
            chronologyShows(browser, child, "Became looked after: C1: Interim care order", "Child protection plan ended");

            // 2. A full care order (a new episode, L), then a move to a children's home (P), the move's reason kept
            //    on the episode it ended; each earlier episode ends X1.
            legalStatusChanges(browser, record, "C2", daysAgo(600));
            browser.clickLink("Record a change of legal status or placement");
            select(browser, "placementType", "K2");
            browser.type("urn", "SC123456").type("placementPostcode", "NM7 3AB");
            click(browser, "carerChanged");
            select(browser, "reasonPlacementChanged", "CREQB");
            browser.typeDate("changeDate", daysAgo(400)).submit("Continue");
            assertThat(browser.text()).contains("Saving opens a new episode: P");
            browser.submit("Confirm and save");
            assertThat(browser.text()).contains("New episode recorded: P").contains("K2: Children's home; PR1; URN SC123456")
                    .contains("X1; placement ended: CREQB: Carer asked for the placement to end because of the child's behaviour");
            chronologyShows(browser, child, "Legal status changed to C2: Full care order", "Placement moved to K2: Children's home");

            // 3. Looked after 13 weeks since 14 and still looked after at 16: an eligible child from then (the form
            //    offers the category her periods of care make today, when she is 18: the worker records the
            //    past). The pathway plan agreed 250 days ago is due for review: on the tray.
            browser.open(record).clickLink("Care leaver: category, personal adviser, pathway plan and contacts");
            browser.clickLink("Record the leaving care category");
            assertThat(browser.driver().findElement(By.id("derived-category")).getText())
                    .contains("From the periods of care: Former relevant child (looked after 701 days since the 14th birthday");
            click(browser, "category");
            browser.typeDate("categoryFrom", daysAgo(600)).submit("Save");
            assertThat(browser.text()).contains("Leaving care category saved").contains("Eligible child");
            browser.clickLink("Pathway plan agreed");
            browser.typeDate("agreedOn", daysAgo(250)).submit("Save");
            assertThat(browser.text()).contains("Pathway plan saved");
            browser.open("/tray");
            assertThat(browser.text()).contains("Pathway plan review");

            // 4. Missing 40 days ago, back the next morning: the return home interview's 72 hours start (overdue
            //    on the tray by now); the interview was offered within them and accepted: met, off the tray.
            LocalDate went = daysAgo(40);
            browser.open(record).clickLink("Missing and exploitation");
            browser.clickLink("Record a missing episode");
            browser.typeDate("startDate", went).type("startTime", "21:30");
            click(browser, "kind");
            click(browser, "reportedToPolice");
            browser.type("policeReference", "MP/26/5521").submit("Save");
            assertThat(browser.text()).contains("Missing episode recorded").contains("(still missing)");
            browser.clickLink("Record the return");
            browser.typeDate("returnDate", went.plusDays(1)).type("returnTime", "09:15").type("whereFound", "Moorside bus station")
                    .submit("Save");
            assertThat(browser.text()).contains("Missing episode saved");
            browser.open("/tray");
            assertThat(browser.text()).contains("Return home interview offered");
            browser.open(record + "/exploitation").clickLink("Record the return home interview");
            browser.typeDate("offeredDate", went.plusDays(2)).type("offeredTime", "10:00")
                    .type("offeredBy", "Independent return interview service");
            click(browser, "accepted");
            browser.type("findings", "Kayla went to meet older friends at the bus station; she wants to see them less").submit("Save");
            assertThat(browser.text()).contains("Return home interview saved").contains("Met on time");
            browser.open("/tray");
            assertThat(browser.text()).doesNotContain("Return home interview offered");
            chronologyShows(browser, child, "Went missing (reported to the police)", "Returned from being missing: found at Moorside bus station",
                    "Return home interview offered by Independent return interview service, accepted");

            // 5. Reviewed 30 days ago: the next review is months away, off the tray.
            browser.open(record + "/care").clickLink("Record a looked after review");
            browser.typeDate("reviewDate", daysAgo(30)).type("iro", "Jo Reviewer");
            click(browser, "participation-2");
            browser.submit("Save");
            assertThat(browser.text()).contains("Looked after review recorded");
            browser.open("/tray");
            assertThat(browser.text()).doesNotContain("Looked after child review");

            // 6. On her 18th birthday Kayla moves to supported lodgings: the period ends (E5) and the looked after
            //    clocks leave the tray; her category becomes former relevant from that day, without anyone typing it.
            browser.open(record + "/care").clickLink("End the period of care");
            browser.typeDate("endDate", eighteenth);
            select(browser, "reasonCeased", "E5");
            browser.submit("Save");
            assertThat(browser.text()).contains("Period of care ended")
                    .contains("E5: Moved into independent living arrangement with formalised support");
            browser.open("/tray");
            assertThat(browser.text()).doesNotContain("Visit to a looked after child").doesNotContain("Health assessment of a looked after child")
                    .contains("Pathway plan review");
            browser.open(record + "/care-leaver");
            assertThat(browser.text()).contains("Former relevant child");
            chronologyShows(browser, child, "Ceased to be looked after: E5: Moved into independent living", "Leaving care: former relevant child from");

            // 7. The pathway plan is reviewed: off the tray until the next review is due.
            browser.open(record + "/care-leaver").clickLink("Record a pathway plan review");
            browser.type("attended", "Kayla, her personal adviser").type("views", "I want to start college in September").submit("Save");
            assertThat(browser.text()).contains("Pathway plan review recorded");
            browser.open("/tray");
            assertThat(browser.text()).doesNotContain("Pathway plan review");
            chronologyShows(browser, child, "Pathway plan reviewed, with Kayla, her personal adviser");
            pages += browser.pagesChecked().size();
        }
        assertThat(pages).as("pages axe found nothing on").isGreaterThanOrEqualTo(30);
    }

    @Test
    void a_child_on_a_plan_is_looked_after_placed_for_adoption_under_a_placement_order_and_adopted_and_care_ends_on_the_order()
            throws Exception {
        Team team = aChildrenInCareTeam();
        UUID child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Poppy", TestData.unique("Lane"), today.minusYears(4), team.id()),
                team.asWorker());
        onAChildProtectionPlan(child, team, 960);
        String service = "Adoption " + UUID.randomUUID();
        UUID adoptionTeam = data.aTeam(service);
        jdbc.sql("insert into team_kind (team_id, kind, created_by, updated_by) values (:t, 'ADOPTION', 'test', 'test')")
                .param("t", adoptionTeam).update();
        String adoptionWorker = data.aUser(Role.SOCIAL_WORKER, adoptionTeam, service);
        String familyRef = TestData.unique("FAM");
        AdoptionFixtures.anApprovedHousehold(mvc, jdbc, user(adoptionWorker).roles(Role.SOCIAL_WORKER.name()), familyRef,
                "Nia Brook", "Joe Brook");
        String record = "/children/" + child;
        int pages = 0;
        try (Browser browser = new Browser(port)) {
            // 1. Looked after under an interim care order, then a full care order.
            browser.signIn(team.worker(), "demo");
            startsToBeLookedAfter(browser, record, daysAgo(900));
            childProtectionPlanEnds(browser, record, daysAgo(890));
            legalStatusChanges(browser, record, "C2", daysAgo(700));
            browser.open("/tray");
            assertThat(browser.text()).contains("Looked after child review").contains("Visit to a looked after child");
            pages += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            // 2. The adoption team: the agency decision, the placement order, the match and the placement.
            browser.signIn(adoptionWorker, "demo");
            browser.open(record + "/adoption").clickLink("Record or change milestones");
            browser.typeDate("enteredCareDate", daysAgo(900)).typeDate("admDecisionDate", daysAgo(650))
                    .typeDate("placementOrderDate", daysAgo(600)).type("placementOrderCourt", "Northmoor Family Court")
                    .typeDate("matchedDate", daysAgo(400)).typeDate("placedDate", daysAgo(380));
            click(browser, "authority");
            new Select(browser.driver().findElement(By.id("householdId"))).selectByVisibleText("Nia Brook and Joe Brook (" + familyRef + ")");
            browser.submit("Save");
            assertThat(browser.text()).contains("Adoption and permanence record saved").contains("Placed for adoption");
            pages += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            // 3. The child's worker: the placement order (E1, a new episode L), then the placement for adoption with
            //    the adopters (A6, a new episode P).
            browser.signIn(team.worker(), "demo");
            legalStatusChanges(browser, record, "E1", daysAgo(600));
            browser.clickLink("Record a change of legal status or placement");
            select(browser, "placementType", "A6");
            browser.type("placementPostcode", "NM9 4EF");
            click(browser, "carerChanged");
            select(browser, "reasonPlacementChanged", "CARPL");
            browser.typeDate("changeDate", daysAgo(380)).submit("Continue");
            assertThat(browser.text()).contains("Saving opens a new episode: P");
            browser.submit("Confirm and save");
            assertThat(browser.text()).contains("New episode recorded: P").contains("Placed for adoption with a placement order, not with current foster carer");

            // Adopted before the order is on the adoption record: refused, naming the end date.
            browser.clickLink("End the period of care");
            browser.typeDate("endDate", daysAgo(100));
            select(browser, "reasonCeased", "E11");
            browser.submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("The child's adoption record has no adoption order");
            pages += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            // 4. The adoption team records the adoption order, 100 days ago.
            browser.signIn(adoptionWorker, "demo");
            browser.open(record + "/adoption").clickLink("Record or change milestones");
            browser.typeDate("adoptionOrderDate", daysAgo(100)).submit("Save");
            assertThat(browser.text()).contains("Adoption and permanence record saved")
                    .contains("Adoption order " + ChildsJourneyBrowserIT.FORMATS.date(daysAgo(100)));
            pages += browser.pagesChecked().size();
        }
        try (Browser browser = new Browser(port)) {
            // 5. The period of care ends on the day of the order (E11): a day later is refused; the looked after clocks
            //    leave the tray; no leaving care record starts for an adopted child.
            browser.signIn(team.worker(), "demo");
            browser.open(record + "/care").clickLink("End the period of care");
            browser.typeDate("endDate", daysAgo(99));
            select(browser, "reasonCeased", "E11");
            browser.submit("Save");
            assertThat(browser.text()).contains("There is a problem").contains("The adoption order was made on");
            browser.typeDate("endDate", daysAgo(100)).submit("Save");
            assertThat(browser.text()).contains("Period of care ended").contains("E11: Adopted: application for an adoption order unopposed");
            browser.open("/tray");
            assertThat(browser.text()).doesNotContain("Looked after child review").doesNotContain("Visit to a looked after child");
            chronologyShows(browser, child, "Became looked after: C1: Interim care order", "Legal status changed to E1: Placement order granted",
                    "Placement moved to A6: Placed for adoption with a placement order",
                    "Ceased to be looked after: E11: Adopted: application for an adoption order unopposed",
                    "An entry on the child's restricted adoption and permanence record");
            assertThat(jdbc.sql("select count(*) from care_leaver where person_id = :p").param("p", child).query(Integer.class).single())
                    .isZero();
            pages += browser.pagesChecked().size();
        }
        assertThat(pages).as("pages axe found nothing on").isGreaterThanOrEqualTo(20);
    }
}
