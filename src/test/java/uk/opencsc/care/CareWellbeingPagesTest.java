package uk.opencsc.care;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;

@IntegrationTest
class CareWellbeingPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired CareOutcomes outcomes;

    final LocalDate today = LocalDate.now();
    /** 12 years old: of an age for an SDQ and for a conviction */
    final LocalDate born = today.minusYears(12).minusDays(40);
    final LocalDate cameIntoCare = today.minusYears(2);
    String worker;
    UUID child;

    @BeforeEach
    void aChildLookedAfterForTwoYears() throws Exception {
        UUID team = testData.aTeam("Children in care");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Children in care");
        child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Nia", "Campbell", born, team), asWorker());
        mvc.perform(form(post("/children/" + child + "/care/start"), CarePagesTest.aStart(cameIntoCare)).with(asWorker()))
                .andExpect(status().is3xxRedirection());
    }

    RequestPostProcessor asWorker() {
        return user(worker).roles(Role.SOCIAL_WORKER.name());
    }

    ResultActions postTo(String path, Map<String, String> fields) throws Exception {
        return mvc.perform(form(post("/children/" + child + "/care/health-and-education" + path), fields).with(asWorker()));
    }

    ResultActions page() throws Exception {
        return mvc.perform(get("/children/" + child + "/care/health-and-education").with(asWorker())).andExpect(status().isOk());
    }

    static Map<String, String> fields(String dateField, LocalDate on, String... pairs) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, dateField, on);
        for (int i = 0; i < pairs.length; i += 2) {
            f.put(pairs[i], pairs[i + 1]);
        }
        return f;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where person_id = :p").param("p", child).query(Long.class).single();
    }

    Map<String, String> education(String school, int version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("schoolName", school);
        f.put("schoolUrn", "123456");
        f.put("yearGroup", "8");
        f.put("senStatus", "K");
        f.put("virtualSchoolContact", "Amira Khan");
        f.put("version", String.valueOf(version));
        return f;
    }

    @Test
    void the_health_and_education_page_shows_each_record_is_linked_from_the_care_page_and_each_view_is_audited_once() throws Exception {
        postTo("/immunisations/new", fields("checkedOn", today.minusDays(30), "upToDate", "yes")).andExpect(status().is3xxRedirection());
        postTo("/sdq/new", fields("sdqDate", today.minusDays(20), "score", "17")).andExpect(status().is3xxRedirection());
        postTo("/substance-misuse/new", fields("identifiedOn", today.minusDays(10), "interventionReceived", "no", "interventionOffered", "yes"))
                .andExpect(status().is3xxRedirection());
        postTo("/convictions/new", fields("decidedOn", today.minusDays(5), "offence", "Criminal damage", "outcome", "YOUTH_CAUTION"))
                .andExpect(status().is3xxRedirection());
        postTo("/pep-meetings/new", fields("meetingDate", today.minusDays(3), "review", "yes", "targets", "Attendance above 95%"))
                .andExpect(status().is3xxRedirection());
        postTo("/education/edit", education("Riverside Academy", 0)).andExpect(status().is3xxRedirection());

        page().andExpect(content().string(allOf(containsString("Health, wellbeing and education"), containsString("17 out of 40"),
                containsString("Offered, not received"), containsString("Criminal damage"),
                containsString("Youth caution (formerly a final warning or reprimand)"), containsString("PEP reviewed"),
                containsString("Targets: Attendance above 95%"), containsString("Riverside Academy (URN 123456)"), containsString("Year 8"),
                containsString("SEN support"), containsString("Amira Khan"), not(containsString("No strengths and difficulties questionnaire")))));
        mvc.perform(get("/children/" + child + "/care").with(asWorker()))
                .andExpect(content().string(containsString("/children/" + child + "/care/health-and-education")));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'VIEW' and person_id = :p and details like '%care-health-and-education%'")
                .param("a", worker).param("p", child).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select string_agg(distinct subject, ',') from audit_event where person_id = :p and action = 'CHANGE'")
                .param("p", child).query(String.class).single()).contains("looked-after-immunisation-check", "looked-after-sdq",
                "looked-after-substance-misuse", "looked-after-conviction", "personal-education-plan-meeting", "looked-after-education");
    }

    @Test
    void pep_meetings_and_convictions_make_chronology_lines_and_the_offence_stays_off_the_chronology() throws Exception {
        postTo("/pep-meetings/new", fields("meetingDate", cameIntoCare.plusDays(15), "review", "no")).andExpect(status().is3xxRedirection());
        postTo("/convictions/new", fields("decidedOn", today.minusDays(5), "offence", "Theft from a shop", "outcome", "CONVICTED"))
                .andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'care' "
                        + "and (summary like 'Personal education plan%' or summary like 'Offence%')").param("p", child).query(Long.class).single() == 2);
        assertThat(jdbc.sql("select string_agg(summary, '|') from chronology_entry where person_id = :p").param("p", child)
                .query(String.class).single()).contains("Personal education plan started", "Offence: Convicted").doesNotContain("Theft");
    }

    @Test
    void an_sdq_score_outside_0_to_40_or_not_a_whole_number_or_with_no_score_nor_reason_is_refused_naming_the_field() throws Exception {
        postTo("/sdq/new", fields("sdqDate", today, "score", "41")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#score\""),
                        containsString("Total difficulties score must be a whole number from 0 to 40"))));
        postTo("/sdq/new", fields("sdqDate", today, "score", "twelve")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Total difficulties score must be a whole number from 0 to 40")));
        postTo("/sdq/new", fields("sdqDate", today, "score", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the total difficulties score, or select why there is none")));
        postTo("/sdq/new", fields("sdqDate", today, "score", "", "reasonNotDone", "SDQ9")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reasonNotDone\"")));
        assertThat(count("looked_after_sdq")).isZero();
        postTo("/sdq/new", fields("sdqDate", today, "score", "", "reasonNotDone", "SDQ5")).andExpect(status().is3xxRedirection());
        page().andExpect(content().string(containsString("SDQ5: The child or young person refused")));
    }

    @Test
    void an_sdq_for_a_child_under_4_is_refused_naming_its_date() throws Exception {
        UUID team = testData.aTeam("Children in care");
        String other = testData.aUser(Role.SOCIAL_WORKER, team, "Children in care");
        UUID toddler = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Ava", "Lee", today.minusYears(3), team),
                user(other).roles("SOCIAL_WORKER"));
        mvc.perform(form(post("/children/" + toddler + "/care/start"), CarePagesTest.aStart(today.minusMonths(14)))
                .with(user(other).roles("SOCIAL_WORKER"))).andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/children/" + toddler + "/care/health-and-education/sdq/new"), fields("sdqDate", today, "score", "10"))
                        .with(user(other).roles("SOCIAL_WORKER"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#sdqDate\""), containsString("An SDQ is for children aged 4 to 16"))));
    }

    @Test
    void a_record_before_the_child_was_looked_after_or_in_the_future_is_refused_naming_its_date_and_nothing_is_written() throws Exception {
        postTo("/immunisations/new", fields("checkedOn", cameIntoCare.minusDays(1), "upToDate", "yes")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#checkedOn\""), containsString("must be within a period of care"))));
        postTo("/pep-meetings/new", fields("meetingDate", today.plusDays(1), "review", "yes")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#meetingDate\""), containsString("today or in the past"))));
        postTo("/convictions/new", fields("decidedOn", today, "offence", "", "outcome", "")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the offence"), containsString("Select the outcome"))));
        postTo("/substance-misuse/new", fields("identifiedOn", today, "interventionReceived", "no")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#interventionOffered\"")));
        postTo("/education/edit", education("Riverside Academy", 0).entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getKey().equals("schoolUrn") ? "12AB" : e.getValue()), Map::putAll))
                .andExpect(status().isOk()).andExpect(content().string(containsString("School URN must be the school")));
        assertThat(List.of(count("looked_after_immunisation_check"), count("personal_education_plan_meeting"), count("looked_after_conviction"),
                count("looked_after_substance_misuse"), count("looked_after_education"))).containsOnly(0L);
    }

    @Test
    void the_second_save_of_the_education_details_from_the_same_version_is_refused_as_changed_meanwhile_keeping_the_typed_text() throws Exception {
        postTo("/education/edit", education("Riverside Academy", 0)).andExpect(status().is3xxRedirection());
        postTo("/education/edit", education("Oakfield Academy", 1)).andExpect(status().is3xxRedirection());
        postTo("/education/edit", education("Hillcrest Academy", 1)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it"), containsString("value=\"Hillcrest Academy\""),
                        containsString("name=\"version\" value=\"2\""))));
        // two people saving a first version at once: the second is refused too
        assertThat(jdbc.sql("select school_name from looked_after_education where person_id = :p").param("p", child).query(String.class).single())
                .isEqualTo("Oakfield Academy");
        postTo("/education/edit", education("Brookside Academy", 0)).andExpect(status().isOk())
                .andExpect(content().string(containsString("since you opened it")));
    }

    @Test
    void the_page_warns_when_a_child_looked_after_12_months_has_no_sdq_in_the_last_12_months_or_no_pep_meeting_this_term() throws Exception {
        page().andExpect(content().string(allOf(containsString("No strengths and difficulties questionnaire in the last 12 months"),
                containsString("No personal education plan meeting recorded this term"))));
        postTo("/sdq/new", fields("sdqDate", today.minusDays(1), "score", "9")).andExpect(status().is3xxRedirection());
        postTo("/pep-meetings/new", fields("meetingDate", today, "review", "yes")).andExpect(status().is3xxRedirection());
        page().andExpect(content().string(allOf(not(containsString("No strengths and difficulties questionnaire in the last 12 months")),
                not(containsString("No personal education plan meeting recorded this term")))));
    }

    @Test
    void the_oc2_facts_of_a_collection_year_are_the_facts_dated_within_it() throws Exception {
        CollectionYear year = CollectionYear.of(today);
        LocalDate inYear = year.start().isAfter(cameIntoCare) ? year.start() : cameIntoCare;
        LocalDate lastYear = year.start().minusDays(1);
        postTo("/sdq/new", fields("sdqDate", lastYear, "score", "30")).andExpect(status().is3xxRedirection());
        postTo("/sdq/new", fields("sdqDate", inYear, "score", "11")).andExpect(status().is3xxRedirection());
        postTo("/immunisations/new", fields("checkedOn", inYear, "upToDate", "no")).andExpect(status().is3xxRedirection());
        postTo("/substance-misuse/new", fields("identifiedOn", inYear, "interventionReceived", "yes")).andExpect(status().is3xxRedirection());
        postTo("/convictions/new", fields("decidedOn", lastYear, "offence", "Common assault", "outcome", "CONVICTED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/children/" + child + "/care/dental-checks/new"), fields("checkDate", inYear)).with(asWorker()))
                .andExpect(status().is3xxRedirection());

        Oc2Facts facts = outcomes.outcomesFor(List.of(child), year).get(child);
        assertThat(facts).isEqualTo(new Oc2Facts(true, 11, null, false, null, false, true, false, true, true, null));
        assertThat(outcomes.outcomesFor(List.of(child), new CollectionYear(year.endingIn() - 1)).get(child))
                .extracting(Oc2Facts::sdqScore, Oc2Facts::convicted, Oc2Facts::substanceMisuse, Oc2Facts::immunisations)
                .containsExactly(30, true, false, null);
        assertThat(outcomes.latestSdqs(List.of(child)).get(child).score()).isEqualTo(11);
    }
}
