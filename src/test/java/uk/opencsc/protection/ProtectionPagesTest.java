package uk.opencsc.protection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.opencsc.support.JourneyForms;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.opencsc.access.Role;
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.TimescaleRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static uk.opencsc.support.JourneyForms.date;
import static uk.opencsc.support.JourneyForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProtectionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired uk.opencsc.timescales.ChildJourneys childJourneys;
    @Autowired RuleCatalogue catalogue;
    @Autowired WorkingDayCalendar calendar;
    @Autowired uk.opencsc.platform.cli.CommandLineRunner cli;

    UUID team;
    String worker;
    String manager;
    UUID child;

    @BeforeEach
    void aChildKnownToATeamWithAWorkerAndAManager() throws Exception {
        team = testData.aTeam("Child protection");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Child protection");
        manager = testData.aUser(Role.TEAM_MANAGER, team, "Child protection");
        child = aChild();
    }

    RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }

    RequestPostProcessor asWorker() {
        return as(worker, Role.SOCIAL_WORKER);
    }

    /** A working Monday about ten weeks ago: long enough for an initial conference, a plan and its first clocks. */
    LocalDate aMondayTenWeeksAgo() {
        LocalDate monday = LocalDate.now().minusWeeks(10).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(monday)) {
            monday = monday.minusWeeks(1);
        }
        return monday;
    }

    static Map<String, String> aStrategyDiscussion(LocalDate day, String rationale) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "heldDate", day);
        f.put("heldTime", "11:00");
        f.put("agencies", "POLICE");
        f.put("attendees", "DS Khan (police), Dr Ali (GP), Ms Rowe (school)");
        f.put("decision", "SECTION_47");
        f.put("rationale", rationale);
        return f;
    }

    UUID strategyDiscussionStartingAnEnquiry(LocalDate day) throws Exception {
        Map<String, String> f = aStrategyDiscussion(day, "Physical harm disclosed; joint enquiry with the police");
        mvc.perform(form(post("/children/" + child + "/protection/strategy-discussions/new"), f)
                        .param("agencies", "HEALTH", "EDUCATION", "SOCIAL_CARE").with(asWorker()))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from section47_enquiry where person_id = :p order by start_date desc limit 1").param("p", child)
                .query(UUID.class).single();
    }

    void outcome(UUID enquiry, LocalDate day, int version) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("outcome", "SUBSTANTIATED_ICPC");
        date(f, "outcomeDate", day);
        f.put("version", String.valueOf(version));
        mvc.perform(form(post("/children/" + child + "/protection/enquiries/" + enquiry + "/outcome"), f).with(asWorker()))
                .andExpect(status().is3xxRedirection());
    }

    UUID conferenceMakingAPlan(UUID enquiry, LocalDate day) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "conferenceDate", day);
        f.put("outcome", "PLAN");
        f.put("version", "1");
        mvc.perform(form(post("/children/" + child + "/protection/enquiries/" + enquiry + "/conference"), f)
                        .param("categories", "PHY").with(asWorker()))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from child_protection_plan where person_id = :p and end_date is null").param("p", child)
                .query(UUID.class).single();
    }

    Obligation obligation(String rule, LocalDate on) {
        return new DueWork(TimescaleRules.of(catalogue), calendar).forChild(childJourneys.find(child).orElseThrow(), on).stream()
                .filter(o -> o.rule().id().value().equals(rule)).findFirst().orElseThrow();
    }

    UUID aChild() throws Exception {
        Map<String, String> record = JourneyForms.aGirlsRecord("Lily", "Brennan", LocalDate.of(2018, 2, 11), team);
        record.put("line1", "12 Mill Lane");
        return JourneyForms.create(mvc, record, asWorker());
    }

    /** A contact decided by a manager as a strategy discussion: a referral (CIN episode) opens that day. */
    void aReferralOn(LocalDate day) throws Exception {
        JourneyForms.aReferralOn(mvc, jdbc, child, day, "Lily disclosed that her mother's partner hit her", "Disclosure of physical harm", asWorker(), as(manager, Role.TEAM_MANAGER));
    }

    @Test
    void an_initial_child_protection_conference_is_due_15_working_days_after_the_strategy_discussion() throws Exception {
        LocalDate day = aMondayTenWeeksAgo();
        aReferralOn(day);
        UUID enquiry = strategyDiscussionStartingAnEnquiry(day);
        LocalDate due = calendar.addWorkingDays(day, WorkingDays.of(15));
        assertThat(jdbc.sql("select icpc_target from section47_enquiry where id = :e").param("e", enquiry)
                .query(LocalDate.class).single()).isEqualTo(due);
        Obligation icpc = obligation("initial-child-protection-conference", day);
        assertThat(icpc.dueOn()).isEqualTo(due);
        assertThat(icpc.state()).isEqualTo(ObligationState.UPCOMING);
        assertThat(obligation("initial-child-protection-conference", LocalDate.now()).state()).isEqualTo(ObligationState.OVERDUE);

        mvc.perform(get("/children/" + child + "/protection").with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Section 47 enquiry</strong>: Physical harm disclosed"),
                        containsString("Police, ") , containsString("Record the outcome"),
                        containsString("Initial child protection conference"), containsString("Overdue by"))));
    }

    @Test
    void a_conference_held_2_working_days_after_its_target_is_reported_late_by_2_and_starts_the_plan_with_its_clocks() throws Exception {
        LocalDate day = aMondayTenWeeksAgo();
        aReferralOn(day);
        UUID enquiry = strategyDiscussionStartingAnEnquiry(day);
        LocalDate target = calendar.addWorkingDays(day, WorkingDays.of(15));
        outcome(enquiry, day.plusDays(7), 0);
        LocalDate held = calendar.addWorkingDays(target, WorkingDays.of(2));
        UUID plan = conferenceMakingAPlan(enquiry, held);

        Obligation icpc = obligation("initial-child-protection-conference", LocalDate.now());
        assertThat(icpc.state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(icpc.workingDaysLate()).isEqualTo(2);
        assertThat(obligation("first-core-group", held).dueOn()).isEqualTo(calendar.addWorkingDays(held, WorkingDays.of(10)));
        assertThat(obligation("child-protection-review-conference", held).dueOn()).isEqualTo(held.plusMonths(3));
        assertThat(jdbc.sql("select start_date || ' ' || initial_category || ' ' || previous_plans from child_protection_plan where id = :p")
                .param("p", plan).query(String.class).single()).isEqualTo(held + " PHY 0");
        assertThat(jdbc.sql("select date_of_icpc from section47_enquiry where id = :e").param("e", enquiry).query(LocalDate.class).single())
                .isEqualTo(held);

        // a core group met on time and a visit with the child seen
        Map<String, String> core = new LinkedHashMap<>();
        date(core, "meetingDate", calendar.addWorkingDays(held, WorkingDays.of(5)));
        core.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/protection/plans/" + plan + "/core-groups/new"), core).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        assertThat(obligation("first-core-group", LocalDate.now()).state()).isEqualTo(ObligationState.MET_ON_TIME);
        Map<String, String> visit = new LinkedHashMap<>();
        date(visit, "visitDate", LocalDate.now());
        visit.put("seen", "yes");
        visit.put("seenAlone", "yes");
        visit.put("bedroomSeen", "no");
        visit.put("childsViews", "I like my new bed");
        mvc.perform(form(post("/children/" + child + "/protection/plans/" + plan + "/visits/new"), visit).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/protection").with(asWorker()))
                .andExpect(content().string(allOf(containsString("Met late by 2 working days"),
                        containsString("First core group meeting"), containsString("Met on time"),
                        containsString("The child said: I like my new bed"), containsString("PHY Physical abuse"))));

        String audit = jdbc.sql("select string_agg(subject, ',' order by seq) from audit_event where person_id = :p and action = 'CHANGE'")
                .param("p", child).query(String.class).single();
        assertThat(audit).contains("strategy-discussion", "section47-enquiry", "initial-conference", "child-protection-plan",
                "core-group-meeting", "child-protection-visit");

        // the chronology gets one line for each step, with the conference's lateness
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'protection'")
                        .param("p", child).query(Long.class).single() == 5);
        assertThat(jdbc.sql("select summary from chronology_entry where person_id = :p and source_module = 'protection'")
                .param("p", child).query(String.class).list())
                .anySatisfy(line -> assertThat(line).startsWith("Strategy discussion ("))
                .anySatisfy(line -> assertThat(line).startsWith("Section 47 enquiry started; initial conference due by " + target))
                .anySatisfy(line -> assertThat(line).endsWith("(2 working days after its target)"))
                .anySatisfy(line -> assertThat(line).startsWith("Child protection plan started under Physical abuse"))
                .anySatisfy(line -> assertThat(line).isEqualTo("Child protection visit: child seen alone"));

        // timescales due --child reads the protection record alongside the front door's
        java.io.PrintStream out = System.out;
        var captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true));
        int status;
        try {
            status = cli.run("timescales", "due", "--child", child.toString());
        } finally {
            System.setOut(out);
        }
        assertThat(status).isZero();
        assertThat(captured.toString()).contains("Met late by 2 working days").contains("Initial child protection conference #1")
                .contains("First core group meeting #1").contains("Child protection review conference #1")
                .contains("Child protection visit #").contains("Decision on a contact or referral #1");
    }

    @Test
    void a_strategy_discussion_without_rationale_or_without_an_open_cin_episode_is_refused_naming_each_field() throws Exception {
        LocalDate day = aMondayTenWeeksAgo();
        mvc.perform(form(post("/children/" + child + "/protection/strategy-discussions/new"), aStrategyDiscussion(day, " "))
                        .with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#rationale\""), containsString("Enter the rationale for the decision"),
                        containsString("href=\"#heldDate\""), containsString("The child has no open CIN episode"),
                        containsString("DS Khan (police)"))));
        assertThat(jdbc.sql("select count(*) from strategy_discussion where person_id = :p").param("p", child).query(Long.class).single()).isZero();
    }

    @Test
    void a_plan_ending_before_it_starts_and_a_visit_in_the_future_are_refused_naming_the_field() throws Exception {
        LocalDate day = aMondayTenWeeksAgo();
        aReferralOn(day);
        UUID enquiry = strategyDiscussionStartingAnEnquiry(day);
        outcome(enquiry, day.plusDays(3), 0);
        LocalDate held = day.plusDays(14);
        UUID plan = conferenceMakingAPlan(enquiry, held);

        Map<String, String> end = new LinkedHashMap<>();
        date(end, "endDate", held.minusDays(1));
        end.put("endReason", "Risk reduced");
        end.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/protection/plans/" + plan + "/end"), end).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#endDate\""),
                        containsString("End date must be on or after the plan started, " + held))));

        Map<String, String> visit = new LinkedHashMap<>();
        date(visit, "visitDate", LocalDate.now().plusDays(1));
        visit.put("seen", "yes");
        visit.put("seenAlone", "no");
        visit.put("bedroomSeen", "no");
        mvc.perform(form(post("/children/" + child + "/protection/plans/" + plan + "/visits/new"), visit).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#visitDate\""),
                        containsString("Date of the visit must be today or in the past"))));
        assertThat(jdbc.sql("select count(*) from child_protection_visit where plan_id = :p").param("p", plan).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select end_date from child_protection_plan where id = :p").param("p", plan).query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void a_second_open_plan_for_the_same_child_is_refused() throws Exception {
        LocalDate day = aMondayTenWeeksAgo();
        aReferralOn(day);
        UUID first = strategyDiscussionStartingAnEnquiry(day);
        outcome(first, day.plusDays(3), 0);
        conferenceMakingAPlan(first, day.plusDays(14));
        UUID second = strategyDiscussionStartingAnEnquiry(day.plusDays(21));
        outcome(second, day.plusDays(22), 0);
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "conferenceDate", day.plusDays(28));
        f.put("outcome", "PLAN");
        f.put("version", "1");
        mvc.perform(form(post("/children/" + child + "/protection/enquiries/" + second + "/conference"), f)
                        .param("categories", "NEG", "EMO").with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#outcome\""),
                        containsString("The child already has an open child protection plan"))));
        assertThat(jdbc.sql("select count(*) from child_protection_plan where person_id = :p").param("p", child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ending_a_plan_with_a_stale_version_gets_a_conflict_message_keeping_what_was_typed_and_a_review_can_end_it() throws Exception {
        LocalDate day = aMondayTenWeeksAgo();
        aReferralOn(day);
        UUID enquiry = strategyDiscussionStartingAnEnquiry(day);
        outcome(enquiry, day.plusDays(3), 0);
        LocalDate held = day.plusDays(14);
        UUID plan = conferenceMakingAPlan(enquiry, held);
        Map<String, String> end = new LinkedHashMap<>();
        date(end, "endDate", held.plusDays(20));
        end.put("endReason", "My typed reason");
        end.put("version", "3");
        mvc.perform(form(post("/children/" + child + "/protection/plans/" + plan + "/end"), end).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it. Your changes have not been saved"),
                        containsString("My typed reason"), containsString("name=\"version\" value=\"0\""))));

        Map<String, String> review = new LinkedHashMap<>();
        date(review, "meetingDate", held.plusDays(28));
        review.put("reviewOutcome", "END_PLAN");
        review.put("latestCategory", "EMO");
        review.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/protection/plans/" + plan + "/reviews/new"), review).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select end_date || ' ' || latest_category from child_protection_plan where id = :p").param("p", plan)
                .query(String.class).single()).isEqualTo(held.plusDays(28) + " EMO");
        assertThat(obligation("child-protection-visit", LocalDate.now()).state()).isIn(ObligationState.NO_LONGER_NEEDED);
        String audit = jdbc.sql("select details from audit_event where person_id = :p and subject = 'child-protection-plan' order by seq desc limit 1")
                .param("p", child).query(String.class).single();
        assertThat(audit).contains("\"field\":\"latestCategory\",\"old\":\"PHY\",\"new\":\"EMO\"").contains("\"field\":\"endDate\"");
    }

    @Test
    void someone_outside_the_childs_team_may_not_read_or_change_child_protection_and_each_view_is_audited_once() throws Exception {
        UUID otherTeam = testData.aTeam("Child protection");
        String stranger = testData.aUser(Role.SOCIAL_WORKER, otherTeam, "Child protection");
        mvc.perform(get("/children/" + child + "/protection").with(as(stranger, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        mvc.perform(form(post("/children/" + child + "/protection/strategy-discussions/new"),
                aStrategyDiscussion(aMondayTenWeeksAgo(), "why")).with(as(stranger, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'REFUSED'")
                .param("a", stranger).query(Long.class).single()).isEqualTo(2);

        String inspector = testData.aUser(Role.INSPECTOR, null, null);
        mvc.perform(get("/children/" + child + "/protection").with(as(inspector, Role.INSPECTOR)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Record a strategy discussion"))));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'VIEW' and person_id = :p")
                .param("a", inspector).param("p", child).query(Long.class).single()).isEqualTo(1);
    }
}
