package uk.opencsc.returns.annexa;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.access.AccessAdministration;
import uk.opencsc.access.Role;
import uk.opencsc.frontdoor.ContactOutcome;
import uk.opencsc.frontdoor.FrontDoorBulkLoad;
import uk.opencsc.frontdoor.ReferralSource;
import uk.opencsc.people.Disability;
import uk.opencsc.people.Ethnicity;
import uk.opencsc.people.PeopleBulkLoad;
import uk.opencsc.people.Sex;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.returns.annexa.AnnexAFixture.REFERENCE_DATE;

/**
 * The Annex A lists of a small authority (five children, see {@link AnnexAFixture}) for 30 June 2025, worked out by
 * hand from the children's stories and asserted cell by cell. The six months before the reference date run from
 * 30 December 2024 to 30 June 2025, both days included; "in the last 12 months" counts look back 12 months from the
 * referral or enquiry they belong to, not counting it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnexAListsTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired AnnexAExport export;
    @Autowired AnnexACommand command;
    @Autowired AccessAdministration administration;

    AnnexAFixture.Built built;
    AnnexAFixture.Cared cared;
    String analyst;
    /** A performance analyst who is a member of an adoption team (a team of kind ADOPTION). */
    String adoptionAnalyst;

    @BeforeAll
    void a_small_authority() throws Exception {
        built = new AnnexAFixture(context).build(mvc);
        cared = built.cared();
        analyst = data.aUser(Role.PERFORMANCE_ANALYST, null, null);
        UUID adoptionTeam = data.aTeam("Adoption");
        jdbc.sql("insert into team_kind (team_id, kind, created_by, updated_by) values (:t, 'ADOPTION', 'test', 'test')")
                .param("t", adoptionTeam).update();
        adoptionAnalyst = data.aUser(Role.PERFORMANCE_ANALYST, adoptionTeam, "Adoption");
    }

    List<List<String>> list(AnnexAList list) {
        return list(list, null);
    }

    List<List<String>> list(AnnexAList list, UUID worker) {
        return listAs(analyst, list, worker);
    }

    List<List<String>> listAs(String reader, AnnexAList list, UUID worker) {
        TestData.signIn(reader, Role.PERFORMANCE_ANALYST);
        return export.show(list, REFERENCE_DATE, built.team(), worker).stream().map(AnnexARow::text).toList();
    }

    /** List 11 as the adoption team's analyst sees it, narrowed to this test's households (it is not narrowed by team). */
    List<List<String>> adopters() {
        return listAs(adoptionAnalyst, AnnexAList.LIST_11, null).stream()
                .filter(r -> r.get(1).equals(cared.familyA()) || r.get(1).equals(cared.familyB()) || r.get(1).equals(cared.familyC())).toList();
    }

    // the children's own columns, as each list opens
    List<String> amy() { return List.of(built.amy(), "b) Female", "a) WBRI", "10/03/2015", "10"); }
    List<String> benjamin() { return List.of(built.benjamin(), "a) Male", "k) APKN", "01/07/2012", "12"); }
    List<String> cleo() { return List.of(built.cleo(), "b) Female", "n) BCRB", "15/01/2019", "6"); }
    List<String> dev() { return List.of(built.dev(), "c) Not stated/recorded", "s) NOBT", "30/12/2010", "14"); }
    List<String> eve() { return List.of(built.eve(), "b) Female", "a) WBRI", "30/06/2008", "17"); }
    List<String> fay() { return List.of(cared.fay(), "b) Female", "a) WBRI", "05/05/2011", "14"); }
    List<String> gus() { return List.of(cared.gus(), "a) Male", "k) APKN", "01/03/2008", "17"); }

    static List<String> row(List<String> child, String... rest) {
        List<String> row = new ArrayList<>(child);
        row.addAll(List.of(rest));
        return row;
    }

    @Test
    void list_1_holds_the_contacts_of_the_six_months_up_to_the_reference_date_and_none_a_day_outside_them() {
        assertThat(list(AnnexAList.LIST_1)).containsExactly(
                // 30 December 2024 is the first day of the window; Amy's contact on the 29th is not listed
                row(amy(), "30/12/2024", "e) 2A: Schools"),
                row(eve(), "02/01/2025", "c) 1C: Individual"),
                row(eve(), "06/01/2025", "g) 3A: Health services"),
                row(benjamin(), "03/02/2025", "q) 6: Police"),
                row(cleo(), "01/04/2025", "p1) 5D: LA services"),
                // the reference date itself is in; Dev's contact on 1 July 2025 is not
                row(dev(), "30/06/2025", "u) 10: Unknown"));
    }

    @Test
    void list_2_holds_early_help_open_at_any_time_in_the_six_months_with_its_completion_date() {
        assertThat(list(AnnexAList.LIST_2)).containsExactly(
                // Dev's episode that ended on 29 December 2024 is not listed
                row(dev(), "01/10/2024", "05/01/2025", "Westfield Academy"),
                row(dev(), "30/06/2025", "", "Northmoor Family Hub"));
    }

    @Test
    void list_3_holds_each_referral_of_the_six_months_with_the_referrals_of_the_12_months_before_it() {
        String team = built.teamName();
        assertThat(list(AnnexAList.LIST_3)).containsExactly(
                // Amy's referral of August 2024 was within the 12 months before
                row(amy(), "30/12/2024", "e) 2A: Schools", "No", "1", team, "Asha Khan"),
                row(eve(), "02/01/2025", "c) 1C: Individual", "Yes", "0", team, "Asha Khan"),
                row(eve(), "06/01/2025", "g) 3A: Health services", "No", "1", team, "Asha Khan"),
                row(benjamin(), "03/02/2025", "q) 6: Police", "No", "0", team, "Ben Osei"),
                // Cleo's first referral, 1 May 2024, is within the 12 months before 1 April 2025
                row(cleo(), "01/04/2025", "p1) 5D: LA services", "No", "1", team, "Ben Osei"));
    }

    @Test
    void list_4_holds_assessments_under_way_in_the_six_months_leaving_blank_what_happened_after_the_reference_date() {
        String team = built.teamName();
        assertThat(list(AnnexAList.LIST_4)).containsExactly(
                // authorised late, on 25 March 2025, recommending a child in need plan
                row(amy(), "b) No", "02/01/2025", "Yes", "25/03/2025", "Yes", team, "Asha Khan"),
                // Eve was seen, and her assessment authorised, only in July 2025
                row(eve(), "c) Unknown", "07/01/2025", "No", "", "", team, "Asha Khan"));
    }

    @Test
    void list_5_holds_section_47_enquiries_of_the_six_months_with_the_enquiries_and_conferences_of_the_12_months_before() {
        String team = built.teamName();
        assertThat(list(AnnexAList.LIST_5)).containsExactly(
                row(benjamin(), "a) Yes", "04/02/2025", "No", "20/02/2025", "Yes", "0", "0", team, "Ben Osei"),
                // Cleo's first enquiry (May 2024, conference 20 May 2024) ended before the window, so is not listed itself,
                // but both fall in the 12 months before her second
                row(cleo(), "b) No", "02/04/2025", "Yes", "", "", "1", "1", team, "Ben Osei"));
    }

    @Test
    void list_6_holds_the_children_in_need_episodes_open_in_the_six_months_with_their_status_at_the_reference_date() {
        String team = built.teamName();
        assertThat(list(AnnexAList.LIST_6)).containsExactly(
                // closed in the window: seen last at the plan's visit of 20 December 2024
                row(cleo(), "b) No", "01/05/2024", "N1 - Abuse, neglect and exploitation", "20/12/2024", "20/01/2025",
                        "RC7 - Services ceased for any other reason, including child no longer in need", "e) Closed episode", team, "Ben Osei"),
                // in care under a care order at the reference date: looked after comes before any plan
                row(fay(), "b) No", "20/08/2024", "N1 - Abuse, neglect and exploitation", "", "", "", "a) Looked after child", team, "Asha Khan"),
                // seen on 20 May 2025 (not on the visit of 10 June, nor after the reference date)
                row(amy(), "b) No", "30/12/2024", "N1 - Abuse, neglect and exploitation", "20/05/2025", "", "", "c) Child in need plan",
                        team, "Asha Khan"),
                // closed after the reference date, so open on it, with the assessment still under way; Eve's referral closed
                // with no further action on 2 January is not a child in need episode
                row(eve(), "c) Unknown", "06/01/2025", "N4 - Family in acute stress", "", "", "", "d) Open assessment", team, "Asha Khan"),
                row(benjamin(), "a) Yes", "03/02/2025", "N1 - Abuse, neglect and exploitation", "20/06/2025", "", "",
                        "b) Child Protection plan", team, "Ben Osei"),
                row(cleo(), "b) No", "01/04/2025", "N1 - Abuse, neglect and exploitation", "", "", "", "c) Child in need plan",
                        team, "Ben Osei"));
    }

    @Test
    void list_7_holds_plans_open_at_the_reference_date_and_those_ended_in_the_six_months_before() {
        String team = built.teamName();
        assertThat(list(AnnexAList.LIST_7)).containsExactly(
                // ended 15 January 2025 at its review; the police protection that ended on 29 December 2024 is outside the six months
                row(cleo(), "b) No", "20/05/2024", "a) Neglect", "a) Neglect", "20/12/2024", "a) Yes", "15/01/2025", "15/01/2025",
                        "b) No", "0", team, "Ben Osei"),
                row(benjamin(), "a) Yes", "20/02/2025", "b) Physical abuse", "b) Physical abuse", "20/06/2025", "b) No", "15/05/2025", "",
                        "a) Yes", "0", team, "Ben Osei"));
    }

    @Test
    void list8_includes_children_in_care_at_the_reference_date_and_those_who_ceased_in_the_six_months_before() {
        String team = built.teamName();
        assertThat(list(AnnexAList.LIST_8)).containsExactly(
                // Gus: an unaccompanied asylum-seeking child who left care on 1 March 2025, within the six months
                row(gus(), "a) Yes", "a) Yes", "01/10/2024", "N4 - Family in acute stress", "b) No", "01/10/2024", "V2: Single period under S20",
                        "15/11/2024", "01/12/2024", "", "", "20/10/2024", "", "1", "01/03/2025", "m) E5: Moved into independent living - supported",
                        "01/10/2024", "d) U4: Foster placement - long term", "c) PR2: Other LA provision", "", "", "", "", "0", "0", "", "",
                        team, "Pia Adebayo"),
                // Fay's first period ended before the window, so only her second is listed
                row(fay(), "b) No", "b) No", "10/01/2025", "N1 - Abuse, neglect and exploitation", "a) Yes", "01/03/2025", "C2: FCO",
                        "01/05/2025", "01/06/2025", "f) Long-term fostering", "20/04/2025", "01/02/2025", "01/10/2024", "3", "", "", "15/04/2025", "p) K2: Children's Homes",
                        "e) PR4: Private provision", "NM2 2BB", "SC123456", "", "", "1", "1", "a) Yes", "a) Yes", team, "Asha Khan"));
    }

    @Test
    void list8_second_period_counts_an_earlier_period_open_in_the_12_months_and_placements_those_the_child_was_in_during_them() {
        List<String> fay = list(AnnexAList.LIST_8).get(1);
        List<String> headers = AnnexAList.LIST_8.headers();
        assertThat(fay.get(headers.indexOf("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)")))
                .isEqualTo("a) Yes");
        // the foster placement of her first period, the same carer in her second (a change of legal status is not a new
        // placement), and the children's home
        assertThat(fay.get(headers.indexOf("Number of Placements in the Last 12 months"))).isEqualTo("3");
        // the start of the run of episodes under the care order, not of the latest episode
        assertThat(fay.get(headers.indexOf("Start date of current legal status"))).isEqualTo("01/03/2025");
    }

    @Test
    void list8_counts_missing_and_absent_episodes_of_the_12_months_and_the_return_interview_after_the_last_missing_one() {
        List<String> fay = list(AnnexAList.LIST_8).get(1);
        List<String> headers = AnnexAList.LIST_8.headers();
        // the missing episode of 1 June 2024 is more than 12 months before; the one of 2 July 2025 is after the reference date
        assertThat(fay.get(headers.indexOf("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"))).isEqualTo("1");
        assertThat(fay.get(headers.indexOf("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months"))).isEqualTo("1");
        assertThat(fay.get(headers.indexOf("Was the child offered a Return Interview after their last missing episode (Y/N)?"))).isEqualTo("a) Yes");
        assertThat(fay.get(headers.indexOf("Did the child accept a Return Interview after their last missing episode (Y/N)?"))).isEqualTo("a) Yes");
    }

    @Test
    void list8_gives_the_primary_permanence_plan_and_iro_contact_by_the_reference_date_and_leaves_the_placements_authority_blank() {
        List<String> headers = AnnexAList.LIST_8.headers();
        List<String> fay = list(AnnexAList.LIST_8).get(1);
        assertThat(fay.get(headers.indexOf("What is the permanence plan for this child?"))).as("the plan that replaced return home")
                .isEqualTo("f) Long-term fostering");
        assertThat(fay.get(headers.indexOf("Date of Last IRO Visit / Contact to the Child"))).as("not the contact after the reference date")
                .isEqualTo("20/04/2025");
        for (List<String> row : list(AnnexAList.LIST_8)) {
            for (String blank : List.of("Placement Location", "LA of Placement")) {
                assertThat(row.get(headers.indexOf(blank))).as(blank).isEmpty();
            }
        }
    }

    @Test
    void list9_includes_care_leavers_whose_category_began_by_the_reference_date_and_whose_support_had_not_ended() {
        String team = built.teamName();
        assertThat(list(AnnexAList.LIST_9)).containsExactly(
                // under 18 and UASC; allocated to his personal adviser; the contact of 1 July 2025 is after the reference date;
                // Hana, whose support ended on 1 January 2025, is not listed
                row(gus(), "a) Yes", "a) Yes", team, "Pia Adebayo", "Pia Adebayo", "a) Relevant child", "01/04/2025", "a) Yes", "01/05/2025",
                        "D: Semi-independent, transitional accommodation and self-contained accommodation", "a) Suitable",
                        "G5: Not in education, employment or training - other"));
        assertThat(AnnexAList.LIST_9.headers().subList(5, 10)).containsExactly(
                "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", "Does the Child have a Disability",
                "Allocated Team", "Allocated Worker", "Allocated Personal Advisor");
    }

    @Test
    void list10_includes_children_adopted_or_whose_decision_was_reversed_in_the_12_months_and_current_cases() {
        assertThat(listAs(adoptionAnalyst, AnnexAList.LIST_10, null)).containsExactly(
                // reversed on 10 January 2025; Lou's decision, reversed in May 2024, is not listed
                List.of(cared.kit(), "", "b) Female", "a) WBRI", "04/04/2020", "5", "b) No", "01/06/2022", "01/01/2023", "", "", "", "",
                        "10/01/2025", "RD3 - Prospective adopters could not be found", ""),
                // adopted on 1 September 2024 by family A
                List.of(cared.ivy(), cared.familyA(), "b) Female", "a) WBRI", "02/02/2022", "3", "b) No", "01/01/2023", "01/06/2023",
                        "01/09/2023", "01/03/2024", "01/04/2024", "01/09/2024", "", "", ""),
                // a current case
                List.of(cared.jack(), "", "a) Male", "a) WBRI", "03/03/2023", "2", "b) No", "01/06/2024", "01/02/2025", "01/05/2025", "", "", "",
                        "", "", ""));
    }

    @Test
    void list11_has_a_row_per_adopter_of_the_households_in_contact_in_the_12_months() {
        assertThat(adopters()).containsExactly(
                List.of(cared.familyA() + "-1", cared.familyA(), "b) Female", "", "c) Unknown", "b) No", "01/05/2023", "15/05/2023", "15/07/2023",
                        "16/07/2023", "15/11/2023", "16/07/2023", "01/12/2023", "01/03/2024", "01/04/2024", "1", "01/09/2024", "", ""),
                List.of(cared.familyA() + "-2", cared.familyA(), "b) Female", "", "c) Unknown", "b) No", "01/05/2023", "15/05/2023", "15/07/2023",
                        "16/07/2023", "15/11/2023", "16/07/2023", "01/12/2023", "01/03/2024", "01/04/2024", "1", "01/09/2024", "", ""),
                // family C withdrew on 1 January 2024, before the 12 months: not listed
                List.of(cared.familyB() + "-1", cared.familyB(), "a) Male", "", "c) Unknown", "a) Yes", "15/01/2025", "01/02/2025", "", "", "", "",
                        "", "", "", "0", "", "", ""));
    }

    @Test
    void adoption_lists_are_empty_to_a_reader_outside_an_adoption_team_and_the_page_says_why() throws Exception {
        assertThat(list(AnnexAList.LIST_10)).isEmpty();
        assertThat(listAs(analyst, AnnexAList.LIST_11, null)).isEmpty();
        String html = mvc.perform(get("/returns/annex-a").param("referenceDate.day", "30").param("referenceDate.month", "6")
                        .param("referenceDate.year", "2025").param("list", "10").with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"adoption-restricted\"").doesNotContain(cared.ivy());
    }

    @Test
    void adoption_list10_shows_a_reader_outside_the_adoption_team_only_the_children_they_hold_a_grant_to() {
        String granted = data.aUser(Role.PERFORMANCE_ANALYST, null, null);
        TestData.asSystem(() -> administration.grantRestrictedAccess(built.ids().get(cared.jack()), granted, "Ofsted asked about Jack's case",
                null, "head.of.service"));
        assertThat(listAs(granted, AnnexAList.LIST_10, null)).extracting(r -> r.getFirst()).containsExactly(cared.jack());
        assertThat(listAs(granted, AnnexAList.LIST_11, null)).isEmpty();
    }

    @Test
    void adoption_list10_rows_are_audited_against_each_child_as_a_view_of_their_adoption_record() {
        listAs(adoptionAnalyst, AnnexAList.LIST_10, null);
        for (String child : List.of(cared.ivy(), cared.jack(), cared.kit())) {
            assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'VIEW' and person_id = :p")
                    .param("a", adoptionAnalyst).param("p", built.ids().get(child)).query(Integer.class).single()).as(child).isPositive();
        }
    }

    @Test
    void ofsted_formats_of_lists_8_to_11_are_the_templates_wording_and_codes_it_predates_keep_the_903_name() {
        assertThat(OfstedFormat.LEGAL_STATUS.write("E1")).isEqualTo("E1: Placement order");
        assertThat(OfstedFormat.REASON_CEASED.write("E17")).isEqualTo("v) E17: Aged 18+ and remained with current carers");
        assertThat(OfstedFormat.REASON_CEASED.write("E43")).isEqualTo("E43: Special guardianship order made to former foster carer(s)");
        assertThat(OfstedFormat.PLACEMENT_TYPE.write("T4")).isEqualTo("zz) T4: Temporary placement - seven days or less");
        assertThat(OfstedFormat.PLACEMENT_TYPE.write("K3")).isEqualTo("K3: Supported accommodation");
        assertThat(OfstedFormat.ELIGIBILITY.write("ELIGIBLE")).isEqualTo("d) Eligible");
        assertThat(OfstedFormat.IN_TOUCH.write("RHOM")).isEqualTo("f) Rhom");
        assertThat(OfstedFormat.ADOPTER_LEFT.write("NOT_APPROVED")).isEqualTo("3 - Application refused");
        assertThat(OfstedFormat.SUITABILITY.write(false)).isEqualTo("b) Unsuitable");
    }

    @Test
    void a_list_narrowed_to_a_worker_holds_only_the_children_allocated_to_them() {
        assertThat(list(AnnexAList.LIST_3, built.ben())).extracting(r -> r.getFirst())
                .containsExactly(built.benjamin(), built.cleo());
        assertThat(list(AnnexAList.LIST_4, built.ben())).isEmpty();
    }

    @Test
    void the_workbook_has_a_sheet_per_list_with_ofsteds_headers_and_the_rows_shown_on_screen() throws Exception {
        TestData.signIn(analyst, Role.PERFORMANCE_ANALYST);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = export.download(List.of(AnnexAList.values()), REFERENCE_DATE, built.team(), null, out);
        // lists 10 and 11 are empty for an analyst outside an adoption team
        assertThat(rows).isEqualTo(6 + 2 + 5 + 2 + 2 + 6 + 2 + 2 + 1);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()), new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("List 1", "List 2", "List 3", "List 4", "List 5", "List 6", "List 7",
                    "List 8", "List 9", "List 10", "List 11");
            for (AnnexAList list : AnnexAList.values()) {
                List<Row> read = sheets.get(list.number() - 1).read();
                assertThat(cells(read.getFirst(), list.headers().size())).as(list.sheetName() + " headers").isEqualTo(list.headers());
                assertThat(read.subList(1, read.size()).stream().map(r -> cells(r, list.headers().size())).toList())
                        .as(list.sheetName() + " rows").isEqualTo(list(list));
            }
            // dates are real dates shown as Ofsted writes them, ages and counts numbers
            Row amy = sheets.get(2).read().get(1);
            assertThat(amy.getCell(3).getType()).hasToString("NUMBER");
            assertThat(amy.getCell(3).getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(amy.getCellAsNumber(8)).contains(java.math.BigDecimal.ONE);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and subject = 'annex-a' and actor = :a")
                .param("a", analyst).query(Integer.class).single()).as("the download is audited").isEqualTo(1);
    }

    @Test
    void headers_are_ofsteds_in_ofsteds_order() {
        assertThat(AnnexAList.LIST_5.headers()).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
                "Does the Child have a Disability", "Strategy discussion initiating Section 47 Enquiry Start Date",
                "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
                "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months", "Allocated Team",
                "Allocated Worker");
    }

    @Test
    void the_page_shows_the_list_chosen_narrowed_to_the_team_chosen() throws Exception {
        String html = mvc.perform(get("/returns/annex-a").param("referenceDate.day", "30").param("referenceDate.month", "6")
                        .param("referenceDate.year", "2025").param("list", "7").param("team", built.team().toString())
                        .with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("List 7: Child protection on 30 June 2025", "2 rows", "30 December 2024", built.cleo(), built.benjamin(),
                "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)")
                .doesNotContain(built.amy());
    }

    @Test
    void a_long_list_is_shown_fifty_rows_a_page_with_govuk_pagination() throws Exception {
        // a team of its own with one child and 55 contacts in the six months
        UUID team = data.aTeam("Children in need and protection");
        String localId = "AP" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        TestData.asSystem(() -> context.getBean(PeopleBulkLoad.class).load(List.of(AnnexAFixture.child(localId, "Pat", Sex.MALE,
                java.time.LocalDate.of(2014, 4, 4), Ethnicity.WBRI, Set.of(Disability.NONE), team))));
        UUID child = jdbc.sql("select id from person where local_id = :l").param("l", localId).query(UUID.class).single();
        TestData.asSystem(() -> context.getBean(FrontDoorBulkLoad.class).load(java.util.stream.IntStream.range(0, 55)
                .mapToObj(i -> AnnexAFixture.decided(child, REFERENCE_DATE.minusDays(i), ReferralSource.SCHOOLS,
                        ContactOutcome.NO_FURTHER_ACTION, null, null)).toList()));
        String first = page(team, "1");
        assertThat(first).contains("55 rows", "govuk-pagination__item--current", "aria-label=\"Page 2\"", "rel=\"next\"");
        assertThat(first.split("<tr class=\"govuk-table__row\">", -1)).hasSize(1 + 1 + 50);
        String second = page(team, "2");
        assertThat(second.split("<tr class=\"govuk-table__row\">", -1)).hasSize(1 + 1 + 5);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    String page(UUID team, String page) throws Exception {
        return mvc.perform(get("/returns/annex-a").param("referenceDate.day", "30").param("referenceDate.month", "6")
                        .param("referenceDate.year", "2025").param("list", "1").param("team", team.toString()).param("page", page)
                        .with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_reference_date_that_is_not_a_date_is_refused_naming_the_field() throws Exception {
        String html = mvc.perform(get("/returns/annex-a").param("referenceDate.day", "31").param("referenceDate.month", "2")
                        .param("referenceDate.year", "2025").with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary", "href=\"#referenceDate\"").doesNotContain("id=\"annex-a-table\"");
    }

    @Test
    void the_download_is_an_xlsx_workbook_of_the_lists_chosen() throws Exception {
        var response = mvc.perform(get("/returns/annex-a/download").param("referenceDate.day", "30").param("referenceDate.month", "6")
                        .param("referenceDate.year", "2025").param("list", "3").param("team", built.team().toString())
                        .with(user(analyst).roles("PERFORMANCE_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("annex-a-2025-06-30-list-3.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly("List 3");
            assertThat(workbook.getFirstSheet().read()).hasSize(1 + 5);
        }
    }

    @Test
    void the_command_writes_every_list_for_every_child_and_refuses_a_reference_date_that_is_not_a_date(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("annex-a.xlsx");
        assertThat(new CommandLine(command).execute("--reference-date", "2025-06-30", "--out", file.toString())).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList())
                    .containsExactly("List 1", "List 2", "List 3", "List 4", "List 5", "List 6", "List 7", "List 8", "List 9", "List 10", "List 11");
            assertThat(workbook.findSheet("List 7").orElseThrow().read().stream().map(r -> r.getCellText(0)).toList())
                    .contains(built.cleo(), built.benjamin());
            // the command, run on the server for Ofsted, writes the adoption lists whole
            assertThat(workbook.findSheet("List 10").orElseThrow().read().stream().map(r -> r.getCellText(0)).toList())
                    .contains(cared.ivy(), cared.jack(), cared.kit()).doesNotContain(cared.lou());
            assertThat(workbook.findSheet("List 11").orElseThrow().read().stream().map(r -> r.getCellText(0)).toList())
                    .contains(cared.familyA() + "-1", cared.familyA() + "-2", cared.familyB() + "-1");
        }
        StringWriter err = new StringWriter();
        CommandLine bad = new CommandLine(command).setErr(new PrintWriter(err, true));
        assertThat(bad.execute("--reference-date", "30/06/2025", "--out", file.toString())).isNotZero();
        assertThat(err.toString()).contains("--reference-date", "yyyy-MM-dd");
    }

    @Test
    void every_childs_lists_for_today_read_back_from_the_workbook_with_ofsteds_headers_and_every_row_whole() throws Exception {
        // in the full suite the shared database holds the demo authority (DemoLoadTest runs first) besides the tests' children
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<AnnexAList, Integer> counts = TestData.asSystem(() -> {
            try {
                return export.exportForCommandLine(export.today(), out, list -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()), new ReadingOptions(true, false))) {
            for (AnnexAList list : AnnexAList.values()) {
                List<Row> read = workbook.findSheet(list.sheetName()).orElseThrow().read();
                assertThat(cells(read.getFirst(), list.headers().size())).as(list.sheetName()).isEqualTo(list.headers());
                assertThat(read).as(list.sheetName() + " rows").hasSize(1 + counts.get(list));
                // the child's identifier, gender and ethnicity are never blank (Ofsted's schema: canbeblank false); an
                // adopter's identifier neither (the record holds no adopter's ethnicity)
                List<Integer> neverBlank = list.framed()
                        ? List.of(list.headers().indexOf("Child Unique ID"), list.headers().indexOf("Gender"), list.headers().indexOf("Ethnicity"))
                        : List.of(0);
                for (Row row : read.subList(1, read.size())) {
                    List<String> cells = cells(row, list.headers().size());
                    assertThat(neverBlank.stream().map(cells::get).toList()).as(list.sheetName() + " row " + row.getRowNum()).doesNotContain("");
                }
            }
        }
    }

    /** A row's cells as the screen shows them: dates dd/MM/yyyy, numbers without decimals, blanks "". */
    static List<String> cells(Row row, int columns) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            var cell = row.getOptionalCell(c);
            if (cell.isEmpty() || cell.get().getValue() == null) {
                cells.add("");
            } else if ("dd/mm/yyyy".equals(cell.get().getDataFormatString())) {
                cells.add(AnnexARow.OFSTED_DATE.format(cell.get().asDate().toLocalDate()));
            } else if (cell.get().getValue() instanceof java.math.BigDecimal n) {
                cells.add(n.toPlainString());
            } else {
                cells.add(cell.get().getText());
            }
        }
        return cells;
    }
}
