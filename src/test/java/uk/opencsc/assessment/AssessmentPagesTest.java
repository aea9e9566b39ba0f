package uk.opencsc.assessment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.support.JourneyForms;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.chronology.SignificantEvent;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;
import uk.opencsc.timescales.ChildJourneys;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.TimescaleRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class AssessmentPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired ChildJourneys journeys;
    @Autowired RuleCatalogue catalogue;
    @Autowired WorkingDayCalendar calendar;
    @Autowired ApplicationEvents events;

    UUID team;
    String worker;
    String manager;
    UUID child;

    @BeforeEach
    void aChildKnownToATeamWithAWorkerAndAManager() throws Exception {
        team = testData.aTeam("Children in need");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        manager = testData.aUser(Role.TEAM_MANAGER, team, "Children in need");
        child = aChild();
    }

    RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    RequestPostProcessor asWorker() {
        return as(worker, Role.SOCIAL_WORKER);
    }

    RequestPostProcessor asManager() {
        return as(manager, Role.TEAM_MANAGER);
    }

    /** A working Monday about sixteen weeks ago: long enough for an assessment to be authorised late. */
    LocalDate aMondaySixteenWeeksAgo() {
        LocalDate monday = LocalDate.now().minusWeeks(16).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(monday)) {
            monday = monday.minusWeeks(1);
        }
        return monday;
    }

    UUID started(LocalDate day, RequestPostProcessor who) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "startDate", day);
        String location = mvc.perform(form(post("/children/" + child + "/assessments/new"), f).with(who))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    Map<String, String> written(LocalDate seen, String analysis, int version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("worker", "Sam Worker");
        date(f, "childSeen[0].on", seen);
        f.put("childSeen[0].alone", "yes");
        f.put("childsWords", "I like school because there is breakfast");
        f.put("analysis", analysis);
        f.put("outcome", "CIN_PLAN");
        f.put("version", String.valueOf(version));
        return f;
    }

    /** Written, then submitted the day after the child was seen. */
    void writtenAndSubmitted(UUID assessment, LocalDate seen, RequestPostProcessor who) throws Exception {
        mvc.perform(form(post(path(assessment) + "/edit"), written(seen, "Neglect; parents engage with support", 0))
                        .param("factors", "16A", "4B").with(who))
                .andExpect(status().is3xxRedirection());
        LocalDate submitted = seen.plusDays(1);
        mvc.perform(post(path(assessment) + "/submit").param("version", "1").param("submittedOn.day", String.valueOf(submitted.getDayOfMonth()))
                        .param("submittedOn.month", String.valueOf(submitted.getMonthValue()))
                        .param("submittedOn.year", String.valueOf(submitted.getYear())).with(csrf()).with(who))
                .andExpect(status().is3xxRedirection());
    }

    Map<String, String> authorisation(LocalDate date, String delayReason) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "authorisationDate", date);
        f.put("rationale", "The analysis supports a child in need plan");
        f.put("delayReason", delayReason);
        f.put("version", "2");
        return f;
    }

    String path(UUID assessment) {
        return "/children/" + child + "/assessments/" + assessment;
    }

    Obligation assessmentClock(LocalDate on) {
        return new DueWork(TimescaleRules.of(catalogue), calendar).forChild(journeys.find(child).orElseThrow(), on).stream()
                .filter(o -> o.rule().id().value().equals("child-and-family-assessment")).findFirst().orElseThrow();
    }

    UUID aChild() throws Exception {
        Map<String, String> record = JourneyForms.aGirlsRecord("Ava", "Morgan", LocalDate.of(2016, 5, 9), team);
        return JourneyForms.create(mvc, record, asWorker());
    }

    /** A contact decided by a manager as a strategy discussion: a referral (CIN episode) opens that day. */
    void aReferralOn(LocalDate day) throws Exception {
        JourneyForms.aReferralOn(mvc, jdbc, child, day, "Ava arrives hungry and unkempt", "Neglect concerns", asWorker(), as(manager, Role.TEAM_MANAGER));
    }

    @Test
    void a_submitted_assessment_waits_on_the_team_managers_tray_until_authorised() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day.plusDays(1), asWorker());
        writtenAndSubmitted(assessment, day.plusDays(3), asWorker());
        String authorise = "href=\"/children/" + child + "/assessments/" + assessment + "/authorise\"";

        mvc.perform(get("/tray").with(asManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Awaiting authorisation"), containsString(authorise))));

        LocalDate authorised = calendar.addWorkingDays(day, WorkingDays.of(30));
        mvc.perform(form(post(path(assessment) + "/authorise"), authorisation(authorised, null)).with(asManager()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/tray").with(asManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(authorise))));
    }

    @Test
    void an_assessment_started_submitted_and_authorised_by_a_manager_within_45_working_days_is_met_on_time() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day.plusDays(1), asWorker());
        mvc.perform(get(path(assessment) + "/edit").with(asWorker()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("21 No factors identified")));
        writtenAndSubmitted(assessment, day.plusDays(3), asWorker());
        mvc.perform(get(path(assessment) + "/edit").with(asWorker())).andExpect(status().is3xxRedirection());
        mvc.perform(get(path(assessment) + "/authorise").with(asManager())).andExpect(status().isOk());
        mvc.perform(get(path(assessment) + "/return").with(asManager())).andExpect(status().isOk());
        LocalDate authorised = calendar.addWorkingDays(day, WorkingDays.of(30));
        mvc.perform(form(post(path(assessment) + "/authorise"), authorisation(authorised, null)).with(asManager()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select state from child_and_family_assessment where id = :a").param("a", assessment)
                .query(String.class).single()).isEqualTo("AUTHORISED");
        Obligation clock = assessmentClock(LocalDate.now());
        assertThat(clock.dueOn()).isEqualTo(calendar.addWorkingDays(day, WorkingDays.of(45)));
        assertThat(clock.state()).isEqualTo(ObligationState.MET_ON_TIME);
        mvc.perform(get(path(assessment)).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Met on time"), containsString("Authorised"),
                        containsString("16A Abuse or neglect"), containsString("I like school because there is breakfast"))));
        mvc.perform(get("/children/" + child + "/assessments").with(asWorker()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Met on time"), containsString("Authorised"))));
        mvc.perform(get("/children/" + child).with(asWorker()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Child and family assessments")));
        String changes = jdbc.sql("select string_agg(details, ' ' order by seq) from audit_event where person_id = :p and subject = 'child-and-family-assessment'")
                .param("p", child).query(String.class).single();
        assertThat(changes).contains("authorisedBy", manager, "AUTHORISED", "Neglect; parents engage with support");
    }

    @Test
    void an_authorisation_after_45_working_days_needs_a_reason_for_delay_and_is_then_met_late_by_2() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day, asWorker());
        writtenAndSubmitted(assessment, day.plusDays(2), asWorker());
        LocalDate late = calendar.addWorkingDays(calendar.addWorkingDays(day, WorkingDays.of(45)), WorkingDays.of(2));

        mvc.perform(form(post(path(assessment) + "/authorise"), authorisation(late, null)).with(asManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#delayReason\""), containsString("Enter the reason for delay"))));
        mvc.perform(form(post(path(assessment) + "/authorise"), authorisation(late, "The family moved away for three weeks"))
                        .with(asManager()))
                .andExpect(status().is3xxRedirection());

        assertThat(events.stream(AssessmentStarted.class)).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(child);
            assertThat(e.startDate()).isEqualTo(day);
            assertThat(e.dueDate()).isEqualTo(calendar.addWorkingDays(day, WorkingDays.of(45)));
        });
        assertThat(events.stream(AssessmentSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.submittedOn()).isEqualTo(day.plusDays(3)));
        assertThat(events.stream(AssessmentAuthorised.class)).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(child);
            assertThat(e.authorisationDate()).isEqualTo(late);
            assertThat(e.outcome()).isEqualTo(AssessmentOutcome.CIN_PLAN);
            assertThat(e.workingDaysLate()).isEqualTo(2);
        });
        assertThat(events.stream(SignificantEvent.class).map(SignificantEvent::summary))
                .contains("Child and family assessment authorised: Further action: child in need plan (2 working days after its due date)");
        Obligation clock = assessmentClock(LocalDate.now());
        assertThat(clock.state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(clock.workingDaysLate()).isEqualTo(2);
        assertThat(clock.reasonRecorded()).isTrue();
        mvc.perform(get(path(assessment)).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Met late by 2 working days"),
                        containsString("The family moved away for three weeks"))));
    }

    @Test
    void an_assessment_cannot_be_authorised_by_its_own_author() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day, asManager());
        writtenAndSubmitted(assessment, day.plusDays(2), asManager());
        mvc.perform(form(post(path(assessment) + "/authorise"), authorisation(day.plusDays(10), null)).with(asManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An assessment cannot be authorised by its own author")));
        assertThat(jdbc.sql("select state from child_and_family_assessment where id = :a").param("a", assessment)
                .query(String.class).single()).isEqualTo("SUBMITTED");
    }

    @Test
    void a_worker_cannot_authorise_and_a_manager_can_return_it_with_a_reason() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day, asWorker());
        writtenAndSubmitted(assessment, day.plusDays(2), asWorker());
        String other = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        mvc.perform(form(post(path(assessment) + "/authorise"), authorisation(day.plusDays(10), null))
                        .with(as(other, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("only be authorised by a team manager or head of service")));
        mvc.perform(post(path(assessment) + "/return").param("returnReason", "").param("version", "2").with(csrf()).with(asManager()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#returnReason\"")));
        mvc.perform(post(path(assessment) + "/return").param("returnReason", "Say more about the father").param("version", "2")
                        .with(csrf()).with(asManager()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from child_and_family_assessment where id = :a").param("a", assessment)
                .query(String.class).single()).isEqualTo("RETURNED");
    }

    @Test
    void an_assessment_cannot_start_without_an_open_cin_episode() throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "startDate", LocalDate.now());
        mvc.perform(form(post("/children/" + child + "/assessments/new"), f).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#startDate\""), containsString("no open CIN episode"))));
    }

    @Test
    void another_teams_worker_is_refused() throws Exception {
        UUID otherTeam = testData.aTeam("Children in need");
        String stranger = testData.aUser(Role.SOCIAL_WORKER, otherTeam, "Children in need");
        mvc.perform(get("/children/" + child + "/assessments").with(as(stranger, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "startDate", LocalDate.now());
        mvc.perform(form(post("/children/" + child + "/assessments/new"), f).with(as(stranger, Role.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_second_save_of_the_same_version_gets_a_conflict_message_and_keeps_what_was_typed() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day, asWorker());
        mvc.perform(form(post(path(assessment) + "/edit"), written(day.plusDays(2), "First analysis", 0)).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post(path(assessment) + "/edit"), written(day.plusDays(2), "My careful second analysis", 0))
                        .with(asManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("was changed by " + worker),
                        containsString("Your changes have not been saved"), containsString("My careful second analysis"))));
        assertThat(jdbc.sql("select analysis from child_and_family_assessment where id = :a").param("a", assessment)
                .query(String.class).single()).isEqualTo("First analysis");
    }

    @Test
    void an_assessment_draft_autosaved_comes_back_on_the_form_for_its_worker_only_and_goes_when_the_assessment_is_saved() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day, asWorker());
        Map<String, String> typed = written(day.plusDays(2), "Half of my analysis, typed before the session timed out", 0);
        mvc.perform(form(post(path(assessment) + "/draft"), typed).header("X-Autosave", "true").with(asWorker()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"saved\"")));
        mvc.perform(get(path(assessment) + "/edit").with(asWorker()))
                .andExpect(content().string(allOf(containsString("Half of my analysis, typed before the session timed out"),
                        containsString("Your draft saved on"), containsString("Discard draft"))));
        mvc.perform(get(path(assessment)).with(asWorker()))
                .andExpect(content().string(containsString("You have a draft of this assessment")));
        // drafts are each worker's own: the manager opening the form sees the assessment as saved
        mvc.perform(get(path(assessment) + "/edit").with(asManager()))
                .andExpect(content().string(not(containsString("Half of my analysis"))));

        mvc.perform(form(post(path(assessment) + "/edit"), typed).with(asWorker())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from form_draft where form_key = :k").param("k", "assessment:" + assessment)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_draft_saved_without_javascript_can_be_discarded() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day, asWorker());
        mvc.perform(form(post(path(assessment) + "/draft"), written(day.plusDays(2), "A thought to come back to", 0)).with(asWorker()))
                .andExpect(redirectedUrl(path(assessment) + "/edit"));
        mvc.perform(get(path(assessment) + "/edit").with(asWorker())).andExpect(content().string(containsString("A thought to come back to")));
        mvc.perform(post(path(assessment) + "/draft/discard").with(csrf()).with(asWorker())).andExpect(redirectedUrl(path(assessment) + "/edit"));
        mvc.perform(get(path(assessment) + "/edit").with(asWorker())).andExpect(content().string(not(containsString("A thought to come back to"))));
    }

    @Test
    void another_teams_worker_cannot_save_a_draft_of_the_assessment() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day, asWorker());
        String stranger = testData.aUser(Role.SOCIAL_WORKER, testData.aTeam("Children in need"), "Children in need");
        mvc.perform(form(post(path(assessment) + "/draft"), written(day.plusDays(2), "Not mine to write", 0))
                        .header("X-Autosave", "true").with(as(stranger, Role.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_child_seen_on_several_days_is_kept_each_with_whether_alone_and_a_bad_day_is_named_on_its_row() throws Exception {
        LocalDate day = aMondaySixteenWeeksAgo();
        aReferralOn(day);
        UUID assessment = started(day, asWorker());
        Map<String, String> f = written(day.plusDays(2), "Seen at home and at school", 0);
        // the blank row between the two is skipped; the second day is on the form's third row
        date(f, "childSeen[2].on", day.plusDays(9));
        f.put("childSeen[2].alone", "no");
        mvc.perform(form(post(path(assessment) + "/edit"), f).with(asWorker())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select seen_on, seen_alone from assessment_child_seen where assessment_id = :a order by seen_on")
                .param("a", assessment).query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getBoolean(2)).list())
                .containsExactly(day.plusDays(2) + " true", day.plusDays(9) + " false");

        Map<String, String> bad = written(day.plusDays(2), "Seen at home and at school", 1);
        date(bad, "childSeen[2].on", day.minusDays(1));
        bad.put("childSeen[2].alone", "no");
        mvc.perform(form(post(path(assessment) + "/edit"), bad).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#childSeen[2].on\">Date the child was seen must be on or after the assessment started")));
    }
}
