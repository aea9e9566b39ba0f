package uk.opencsc.chronology;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CaseNotePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;

    UUID team;
    String worker;
    UUID child;

    @BeforeEach
    void aSocialWorkerWithAChildInTheirTeam() throws Exception {
        team = testData.aTeam("Children in need");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        child = aChild(false);
    }

    static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    UUID aChild(boolean restricted) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("firstName", "Amara");
        f.put("lastName", "Okafor");
        f.put("sex", "F");
        f.put("dateOfBirth.day", "14");
        f.put("dateOfBirth.month", "2");
        f.put("dateOfBirth.year", "2016");
        f.put("ethnicity", "BAFR");
        f.put("interpreterNeeded", "no");
        f.put("disabilities", "NONE");
        f.put("upnUnknownReason", "UN1");
        f.put("unaccompaniedAsylumSeekingChild", "no");
        f.put("responsibleTeamId", team.toString());
        f.put("restricted", restricted ? "yes" : "no");
        f.put("restrictedReason", restricted ? "Child of a member of staff" : "");
        f.put("confirmed", "yes");
        String location = mvc.perform(form(post("/children/new"), f).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring("/children/".length()));
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach((k, v) -> {
            if (v != null) request.param(k, v);
        });
        return request.with(csrf());
    }

    static Map<String, String> aVisit(String subject, LocalDateTime when) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", "VISIT");
        f.put("occurredOn.day", String.valueOf(when.getDayOfMonth()));
        f.put("occurredOn.month", String.valueOf(when.getMonthValue()));
        f.put("occurredOn.year", String.valueOf(when.getYear()));
        f.put("occurredTime", String.format("%02d:%02d", when.getHour(), when.getMinute()));
        f.put("subject", subject);
        f.put("text", "Saw Amara at home with her mother. Her room is tidy and she has started at the new school.");
        f.put("childSeen", "yes");
        f.put("seenAlone", "yes");
        f.put("childsWords", "I like my teacher.");
        return f;
    }

    static LocalDateTime anHourAgo() {
        return LocalDateTime.now(CaseNoteRepository.UK).minusHours(1);
    }

    UUID record(Map<String, String> note, String username, Role role) throws Exception {
        String location = mvc.perform(form(post("/children/" + child + "/case-notes/new"), note).with(as(username, role)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    long auditRows(String action, String actor, UUID person) {
        return jdbc.sql("select count(*) from audit_event where action = :action and actor = :actor and person_id = :person")
                .param("action", action).param("actor", actor).param("person", person).query(Long.class).single();
    }

    void awaitChronology(UUID person, String summary) {
        // the chronology is written after commit by an asynchronous listener: poll briefly instead of sleeping
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql(
                        "select count(*) from chronology_entry where person_id = :p and summary like :s")
                .param("p", person).param("s", "%" + summary + "%").query(Long.class).single() > 0);
    }

    @Test
    void a_visit_note_is_listed_newest_first_filtered_by_type_and_appears_in_the_chronology() throws Exception {
        UUID older = record(aVisit("First visit", anHourAgo().minusDays(2)), worker, Role.SOCIAL_WORKER);
        Map<String, String> call = aVisit("Call with school", anHourAgo());
        call.put("type", "PHONE_CALL");
        record(call, worker, Role.SOCIAL_WORKER);

        String list = mvc.perform(get("/children/" + child + "/case-notes").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list.indexOf("Call with school")).isPositive().isLessThan(list.indexOf("First visit"));
        mvc.perform(get("/children/" + child + "/case-notes").param("type", "VISIT").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("First visit"), not(containsString("Call with school")))));
        mvc.perform(get("/children/" + child + "/case-notes/" + older).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("I like my teacher."), containsString("Test Social worker"))));

        awaitChronology(child, "Visit (child seen alone): First visit");
        awaitChronology(child, "Record created");
        mvc.perform(get("/children/" + child + "/chronology").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Record created"), containsString("Visit (child seen alone): First visit"),
                        containsString("/children/" + child + "/case-notes/" + older))));
        mvc.perform(get("/children/" + child + "/chronology").param("kind", "CHILDS_RECORD").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("Record created"), not(containsString("First visit")))));
        mvc.perform(get("/children/" + child + "/chronology/print").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("First visit")));

        String change = jdbc.sql("select details from audit_event where person_id = :p and action = 'CHANGE' and subject = 'case-note' "
                + "and details like :id").param("p", child).param("id", "%" + older + "%").query(String.class).single();
        assertThat(change).contains("\"field\":\"childSeen\",\"old\":null,\"new\":\"Yes\"");
    }

    @Test
    void each_wrong_field_is_named_in_the_error_summary_and_the_typed_text_is_kept() throws Exception {
        Map<String, String> note = aVisit("", LocalDateTime.now(CaseNoteRepository.UK).plusDays(2));
        note.remove("childSeen");
        note.put("text", "What I typed");
        mvc.perform(form(post("/children/" + child + "/case-notes/new"), note).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#occurredOn\">Date and time it happened must be now or in the past"),
                        containsString("href=\"#subject\">Enter a subject"),
                        containsString("href=\"#childSeen\">Select whether the child was seen"),
                        containsString("What I typed"))));

        Map<String, String> noType = aVisit("A note", anHourAgo());
        noType.remove("type");
        noType.put("occurredTime", "25:00");
        mvc.perform(form(post("/children/" + child + "/case-notes/new"), noType).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("href=\"#type\">Select the type of note"),
                        containsString("href=\"#occurredTime\">Time it happened must be a time on the 24-hour clock"))));
    }

    @Test
    void management_oversight_is_refused_to_a_social_worker_and_needs_a_rationale_from_a_manager() throws Exception {
        Map<String, String> oversight = aVisit("Case direction", anHourAgo());
        oversight.put("type", "MANAGEMENT_OVERSIGHT");
        oversight.put("decision", "Progress to a child and family assessment");
        mvc.perform(form(post("/children/" + child + "/case-notes/new"), oversight).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(
                        containsString("href=\"#type\">Management oversight can only be recorded by a team manager or head of service"),
                        containsString("href=\"#rationale\">Enter the reasons for the decision"))));

        String manager = testData.aUser(Role.TEAM_MANAGER, team, "Children in need");
        oversight.put("rationale", "Concerns about neglect raised by two agencies");
        record(oversight, manager, Role.TEAM_MANAGER);
        awaitChronology(child, "Management oversight: Case direction — decision: Progress to a child and family assessment");
        assertThat(jdbc.sql("select kind from chronology_entry where person_id = :p and summary like 'Management oversight%'")
                .param("p", child).query(String.class).single()).isEqualTo("MANAGEMENT_DECISION");
    }

    @Test
    void another_teams_worker_is_refused_and_a_restricted_record_needs_a_grant() throws Exception {
        UUID otherTeam = testData.aTeam("Children in need");
        String outsider = testData.aUser(Role.SOCIAL_WORKER, otherTeam, "Children in need");
        mvc.perform(get("/children/" + child + "/case-notes").with(as(outsider, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child + "/chronology").with(as(outsider, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        mvc.perform(form(post("/children/" + child + "/case-notes/new"), aVisit("Sneaky", anHourAgo())).with(as(outsider, Role.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from case_note where person_id = :p").param("p", child).query(Long.class).single()).isZero();
        assertThat(auditRows("REFUSED", outsider, child)).isEqualTo(3);

        UUID restricted = aChild(true);
        String colleague = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        mvc.perform(get("/children/" + restricted + "/case-notes").with(as(colleague, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + restricted + "/chronology").with(as(colleague, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + restricted + "/chronology").with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().isOk());

        String inspector = testData.aUser(Role.INSPECTOR, null, "Children in need");
        mvc.perform(get("/children/" + child + "/case-notes").with(as(inspector, Role.INSPECTOR)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Add a case note"))));
        mvc.perform(get("/children/" + child + "/case-notes/new").with(as(inspector, Role.INSPECTOR))).andExpect(status().isForbidden());
    }

    @Test
    void each_page_view_writes_one_audit_view_row() throws Exception {
        UUID note = record(aVisit("Audited visit", anHourAgo()), worker, Role.SOCIAL_WORKER);
        long before = auditRows("VIEW", worker, child);
        mvc.perform(get("/children/" + child + "/case-notes").with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().isOk());
        assertThat(auditRows("VIEW", worker, child)).isEqualTo(before + 1);
        mvc.perform(get("/children/" + child + "/case-notes/" + note).with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().isOk());
        assertThat(auditRows("VIEW", worker, child)).isEqualTo(before + 2);
        mvc.perform(get("/children/" + child + "/chronology").with(as(worker, Role.SOCIAL_WORKER))).andExpect(status().isOk());
        assertThat(auditRows("VIEW", worker, child)).isEqualTo(before + 3);
        assertThat(jdbc.sql("select details from audit_event where action = 'VIEW' and actor = :a and person_id = :p order by seq desc limit 1")
                .param("a", worker).param("p", child).query(String.class).single()).contains("chronology");
    }

    @Test
    void saving_over_a_save_made_meanwhile_is_refused_with_a_clear_message_and_the_typed_text_kept() throws Exception {
        UUID note = record(aVisit("Visit to correct", anHourAgo()), worker, Role.SOCIAL_WORKER);
        Map<String, String> first = aVisit("Visit corrected", anHourAgo());
        first.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/case-notes/" + note + "/edit"), first).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().is3xxRedirection());

        Map<String, String> stale = aVisit("Visit corrected again", anHourAgo());
        stale.put("version", "0");
        stale.put("text", "My second tab's text");
        mvc.perform(form(post("/children/" + child + "/case-notes/" + note + "/edit"), stale).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This note was changed by " + worker),
                        containsString("Your changes have not been saved"), containsString("My second tab&#39;s text"),
                        containsString("name=\"version\" value=\"1\""))));
        assertThat(jdbc.sql("select subject from case_note where id = :id").param("id", note).query(String.class).single())
                .isEqualTo("Visit corrected");
        String change = jdbc.sql("select details from audit_event where action = 'CHANGE' and subject = 'case-note' and details like :id "
                + "order by seq desc limit 1").param("id", "%" + note + "%").query(String.class).single();
        assertThat(change).contains("\"field\":\"subject\",\"old\":\"Visit to correct\",\"new\":\"Visit corrected\"");
        awaitChronology(child, "Visit (child seen alone): Visit corrected");
        assertThat(jdbc.sql("select count(*) from chronology_entry where source_event_id = :id").param("id", note)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void after_24_hours_a_note_is_not_changed_but_an_addendum_is_added() throws Exception {
        UUID note = record(aVisit("Old visit", anHourAgo().minusDays(1)), worker, Role.SOCIAL_WORKER);
        String colleague = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        mvc.perform(get("/children/" + child + "/case-notes/" + note + "/edit").with(as(colleague, Role.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());
        jdbc.sql("update case_note set recorded_at = recorded_at - interval '25 hours' where id = :id").param("id", note).update();
        mvc.perform(get("/children/" + child + "/case-notes/" + note).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(not(containsString("Change this note")), containsString("Add an addendum"))));
        Map<String, String> late = aVisit("Rewritten", anHourAgo());
        late.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/case-notes/" + note + "/edit"), late).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());

        mvc.perform(form(post("/children/" + child + "/case-notes/" + note + "/addendum"), Map.of("text", "")).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(containsString("href=\"#text\">Enter the addendum")));
        mvc.perform(form(post("/children/" + child + "/case-notes/" + note + "/addendum"), Map.of("text", "The visit was on Tuesday, not Monday."))
                        .with(as(colleague, Role.SOCIAL_WORKER)))
                .andExpect(redirectedUrl("/children/" + child + "/case-notes/" + note));
        mvc.perform(get("/children/" + child + "/case-notes/" + note).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("Old visit"), containsString("The visit was on Tuesday, not Monday."))));
        awaitChronology(child, "Visit: Addendum to: Old visit");
    }

    @Test
    void a_draft_saved_by_the_button_or_the_autosave_comes_back_on_the_form_and_goes_when_the_note_is_saved() throws Exception {
        Map<String, String> typed = aVisit("Half-written visit", anHourAgo());
        typed.put("text", "Half of what I meant to say");
        mvc.perform(form(post("/children/" + child + "/case-notes/draft"), typed).with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(redirectedUrl("/children/" + child + "/case-notes/new"));
        mvc.perform(get("/children/" + child + "/case-notes/new").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(allOf(containsString("Half of what I meant to say"), containsString("Your draft saved on"))));

        typed.put("text", "All of what I meant to say");
        mvc.perform(form(post("/children/" + child + "/case-notes/draft"), typed).header("X-Autosave", "true").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"saved\"")));
        // drafts are per worker: a colleague opening the form sees their own blank one
        String colleague = testData.aUser(Role.SOCIAL_WORKER, team, "Children in need");
        mvc.perform(get("/children/" + child + "/case-notes/new").with(as(colleague, Role.SOCIAL_WORKER)))
                .andExpect(content().string(not(containsString("All of what I meant to say"))));

        record(typed, worker, Role.SOCIAL_WORKER);
        mvc.perform(get("/children/" + child + "/case-notes/new").with(as(worker, Role.SOCIAL_WORKER)))
                .andExpect(content().string(not(containsString("All of what I meant to say"))));
    }

    @Test
    void a_worker_whose_session_timed_out_is_returned_to_their_draft_after_signing_in_again() throws Exception {
        MockHttpSession session = signIn(worker);
        Map<String, String> typed = aVisit("Visit typed before lunch", anHourAgo());
        typed.put("text", "Everything I typed before my session timed out");
        mvc.perform(form(post("/children/" + child + "/case-notes/draft"), typed).header("X-Autosave", "true").session(session))
                .andExpect(status().isOk());

        String sessionId = session.getId();
        session.invalidate();
        // the browser still sends the old session's cookie
        MvcResult timedOut = mvc.perform(get("/children/" + child + "/case-notes/new").with(request -> {
                    request.setRequestedSessionId(sessionId);
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(redirectedUrl("/sign-in?timed-out")).andReturn();
        MockHttpSession fresh = (MockHttpSession) timedOut.getRequest().getSession(false);
        assertThat(fresh).as("the page being opened is kept in a new session").isNotNull();

        MvcResult signedIn = mvc.perform(post("/sign-in").param("username", worker).param("password", "demo").session(fresh).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String back = signedIn.getResponse().getRedirectedUrl();
        assertThat(back).contains("/children/" + child + "/case-notes/new");
        mvc.perform(get(back).session((MockHttpSession) signedIn.getRequest().getSession(false)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Everything I typed before my session timed out"),
                        containsString("Visit typed before lunch"))));
    }

    MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").param("username", username).param("password", "demo").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
