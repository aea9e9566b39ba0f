package uk.opencsc.careleavers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.TimescaleRules;

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
class CareLeaverPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired uk.opencsc.timescales.ChildJourneys childJourneys;
    @Autowired RuleCatalogue catalogue;
    @Autowired WorkingDayCalendar calendar;

    static final LocalDate TODAY = LocalDate.now();

    UUID team;
    String socialWorker;
    String adviser;
    String manager;

    @BeforeEach
    void aLeavingCareTeamWithAPersonalAdviserAndAManager() {
        team = testData.aTeam("Leaving care");
        socialWorker = testData.aUser(Role.SOCIAL_WORKER, team, "Leaving care");
        adviser = testData.aUser(Role.PERSONAL_ADVISER, team, "Leaving care");
        manager = testData.aUser(Role.TEAM_MANAGER, team, "Leaving care");
    }

    RequestPostProcessor asAdviser() {
        return user(adviser).roles(Role.PERSONAL_ADVISER.name());
    }

    RequestPostProcessor asManager() {
        return user(manager).roles(Role.TEAM_MANAGER.name());
    }

    UUID aYoungPersonBorn(LocalDate born) throws Exception {
        return JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Kayla", "Okafor", born, team),
                user(socialWorker).roles(Role.SOCIAL_WORKER.name()));
    }

    ResultActions postTo(UUID person, String path, Map<String, String> fields) throws Exception {
        return mvc.perform(form(post("/children/" + person + "/care-leaver" + path), fields).with(asAdviser()));
    }

    ResultActions aCategory(UUID person, String category, LocalDate from, Integer version) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("category", category);
        date(f, "categoryFrom", from);
        f.put("version", version == null ? null : version.toString());
        return postTo(person, "/category", f);
    }

    ResultActions aPlanAgreed(UUID person, LocalDate on, int version) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "agreedOn", on);
        f.put("version", String.valueOf(version));
        return postTo(person, "/pathway-plan", f);
    }

    ResultActions aReview(UUID person, LocalDate on) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "reviewDate", on);
        f.put("attended", "Kayla, her personal adviser, her college tutor");
        f.put("views", "I want to stay at college and move to my own flat next year");
        return postTo(person, "/pathway-plan/reviews/new", f);
    }

    ResultActions aContact(UUID person, LocalDate on) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "contactDate", on);
        f.put("inTouch", "YES");
        f.put("method", "VISIT");
        f.put("notes", "Saw Kayla at her flat");
        return postTo(person, "/contacts/new", f);
    }

    List<Obligation> reviewClock(UUID person, LocalDate today) {
        return new DueWork(TimescaleRules.of(catalogue), calendar).forChild(childJourneys.find(person).orElseThrow(), today).stream()
                .filter(o -> o.rule().id().value().equals("pathway-plan-review")).toList();
    }

    int version(UUID person) {
        return jdbc.sql("select version from care_leaver where person_id = :p").param("p", person).query(Integer.class).single();
    }

    @Test
    void a_care_leaver_contact_before_their_16th_birthday_is_refused_with_an_error_naming_the_field() throws Exception {
        LocalDate born = TODAY.minusYears(16).plusMonths(2);
        UUID person = aYoungPersonBorn(born);
        aContact(person, TODAY.minusDays(1)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("href=\"#contactDate\""),
                        containsString("Date of the contact must be on or after the young person&#39;s 16th birthday"))));
        assertThat(jdbc.sql("select count(*) from care_leaver_contact where person_id = :p").param("p", person)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_contact_in_the_future_is_refused_and_one_on_or_after_16_is_recorded_and_audited() throws Exception {
        UUID person = aYoungPersonBorn(TODAY.minusYears(19));
        aContact(person, TODAY.plusDays(1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of the contact must be today or in the past")));
        aContact(person, TODAY).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select details from audit_event where person_id = :p and subject = 'care-leaver-contact' and action = 'CHANGE'")
                .param("p", person).query(String.class).single()).contains("contactDate", TODAY.toString(), "VISIT");
        mvc.perform(get("/children/" + person + "/care-leaver").with(asAdviser())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Saw Kayla at her flat"), containsString("Visit, face to face"))));
    }

    @Test
    void a_personal_adviser_is_not_allocated_before_the_16th_birthday() throws Exception {
        UUID person = aYoungPersonBorn(TODAY.minusYears(15));
        Map<String, String> f = new LinkedHashMap<>();
        f.put("workerUserId", jdbc.sql("select id from app_user where username = :u").param("u", adviser).query(UUID.class).single().toString());
        date(f, "allocatedOn", TODAY);
        f.put("reason", "Preparing for leaving care");
        mvc.perform(form(post("/children/" + person + "/allocation/new"), f).with(asManager())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#allocatedOn\""),
                        containsString("A personal adviser is allocated from the young person&#39;s 16th birthday"))));
    }

    @Test
    void the_pathway_plan_review_is_due_six_months_after_the_plan_is_agreed_and_overdue_on_the_personal_advisers_tray()
            throws Exception {
        UUID person = aYoungPersonBorn(TODAY.minusYears(19));
        JourneyForms.allocate(mvc, jdbc, person, adviser, asManager());
        aCategory(person, "FORMER_RELEVANT", TODAY.minusYears(1), null).andExpect(status().is3xxRedirection());
        LocalDate agreed = TODAY.minusMonths(7);
        aPlanAgreed(person, agreed, version(person)).andExpect(status().is3xxRedirection());

        Obligation first = reviewClock(person, TODAY).getFirst();
        assertThat(first.dueOn()).isEqualTo(agreed.plusMonths(6));
        assertThat(first.state()).isEqualTo(ObligationState.OVERDUE);
        mvc.perform(get("/tray").with(asAdviser())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pathway plan review"),
                        containsString("/children/" + person + "/care-leaver/pathway-plan/reviews/new"))));
    }

    @Test
    void a_review_meets_the_clock_and_the_next_is_due_six_months_after_it() throws Exception {
        UUID person = aYoungPersonBorn(TODAY.minusYears(19));
        aCategory(person, "FORMER_RELEVANT", TODAY.minusYears(1), null).andExpect(status().is3xxRedirection());
        LocalDate agreed = TODAY.minusMonths(5);
        aPlanAgreed(person, agreed, version(person)).andExpect(status().is3xxRedirection());
        assertThat(reviewClock(person, TODAY).getFirst().state()).isEqualTo(ObligationState.UPCOMING);

        LocalDate reviewed = TODAY.minusMonths(1);
        aReview(person, reviewed).andExpect(status().is3xxRedirection());
        List<Obligation> clock = reviewClock(person, TODAY);
        assertThat(clock.getFirst().state()).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(clock.get(1).dueOn()).isEqualTo(reviewed.plusMonths(6));
        assertThat(clock.get(1).state()).isEqualTo(ObligationState.UPCOMING);
    }

    @Test
    void support_ending_stops_the_review_clock() throws Exception {
        UUID person = aYoungPersonBorn(TODAY.minusYears(21).minusMonths(1));
        aCategory(person, "FORMER_RELEVANT", TODAY.minusYears(2), null).andExpect(status().is3xxRedirection());
        aPlanAgreed(person, TODAY.minusMonths(8), version(person)).andExpect(status().is3xxRedirection());
        assertThat(reviewClock(person, TODAY).getFirst().state()).isEqualTo(ObligationState.OVERDUE);

        Map<String, String> f = new LinkedHashMap<>();
        date(f, "supportEndedOn", TODAY.minusDays(3));
        f.put("version", String.valueOf(version(person)));
        postTo(person, "/support", f).andExpect(status().is3xxRedirection());
        assertThat(reviewClock(person, TODAY)).extracting(Obligation::state).doesNotContain(ObligationState.OVERDUE,
                ObligationState.UPCOMING);
    }

    @Test
    void a_second_save_of_the_same_record_is_refused_as_changed_meanwhile_keeping_what_was_typed() throws Exception {
        UUID person = aYoungPersonBorn(TODAY.minusYears(19));
        aCategory(person, "FORMER_RELEVANT", TODAY.minusYears(1), null).andExpect(status().is3xxRedirection());
        int read = version(person);
        aPlanAgreed(person, TODAY.minusMonths(2), read).andExpect(status().is3xxRedirection());
        aPlanAgreed(person, TODAY.minusMonths(3), read).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it"),
                        containsString("value=\"" + TODAY.minusMonths(3).getDayOfMonth() + "\""))));
        assertThat(jdbc.sql("select pathway_plan_agreed_on from care_leaver where person_id = :p").param("p", person)
                .query(LocalDate.class).single()).isEqualTo(TODAY.minusMonths(2));
    }

    @Test
    void a_category_at_an_age_it_does_not_apply_to_is_refused_naming_the_category() throws Exception {
        UUID person = aYoungPersonBorn(TODAY.minusYears(19));
        aCategory(person, "ELIGIBLE", TODAY, null).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#category\"")));
        mvc.perform(get("/children/" + person + "/care-leaver").with(asAdviser())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Eligible child: 16 or 17"))));
    }

    @Test
    void each_view_of_the_care_leaver_page_is_audited_and_the_forms_are_not() throws Exception {
        UUID person = aYoungPersonBorn(TODAY.minusYears(19));
        mvc.perform(get("/children/" + person + "/care-leaver").with(asAdviser())).andExpect(status().isOk());
        mvc.perform(get("/children/" + person + "/care-leaver/contacts/new").with(asAdviser())).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'VIEW' and person_id = :p")
                .param("a", adviser).param("p", person).query(Long.class).single()).isEqualTo(1);
    }
}
