package uk.opencsc.frontdoor;

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
import uk.opencsc.timescales.ChildJourneys;
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
class FrontDoorPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    // the one composed journey every reader uses, so these tests prove the front door's events reach it
    @Autowired ChildJourneys journeys;
    @Autowired RuleCatalogue catalogue;
    @Autowired WorkingDayCalendar calendar;
    @Autowired uk.opencsc.platform.cli.CommandLineRunner cli;

    UUID team;
    String worker;
    String manager;
    UUID child;

    @BeforeEach
    void aChildKnownToATeamWithAWorkerAndAManager() throws Exception {
        team = testData.aTeam("Front door");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Front door");
        manager = testData.aUser(Role.TEAM_MANAGER, team, "Front door");
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

    static Map<String, String> aContactReceived(LocalDateTime at) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("receivedDate.day", String.valueOf(at.getDayOfMonth()));
        f.put("receivedDate.month", String.valueOf(at.getMonthValue()));
        f.put("receivedDate.year", String.valueOf(at.getYear()));
        f.put("receivedTime", String.format("%02d:%02d", at.getHour(), at.getMinute()));
        f.put("source", "2A");
        f.put("contactName", "Ms Patel");
        f.put("contactAgency", "Northmoor Primary School");
        f.put("reason", "Bruise on the child's cheek; she said her stepfather hit her");
        f.put("consent", "NOT_NEEDED");
        f.put("consentNote", "Seeking consent could place the child at risk");
        f.put("childsVoice", "I don't want to go home tonight");
        return f;
    }

    static Map<String, String> aDecision(String outcome, LocalDateTime at, String rationale, int version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("decision", outcome);
        f.put("decidedDate.day", String.valueOf(at.getDayOfMonth()));
        f.put("decidedDate.month", String.valueOf(at.getMonthValue()));
        f.put("decidedDate.year", String.valueOf(at.getYear()));
        f.put("decidedTime", String.format("%02d:%02d", at.getHour(), at.getMinute()));
        f.put("rationale", rationale);
        f.put("version", String.valueOf(version));
        return f;
    }

    UUID recordContact(LocalDateTime at) throws Exception {
        mvc.perform(form(post("/children/" + child + "/contacts/new"), aContactReceived(at)).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from contact where person_id = :p order by created_at desc limit 1").param("p", child)
                .query(UUID.class).single();
    }

    /** A Monday at least two weeks ago with no bank holiday that week, so working days are plain weekdays. */
    LocalDateTime aQuietMondayMorning() {
        LocalDate monday = LocalDate.now().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(monday) || !calendar.isWorkingDay(monday.plusDays(1)) || !calendar.isWorkingDay(monday.plusDays(2))
                || !calendar.isWorkingDay(monday.plusDays(3))) {
            monday = monday.minusWeeks(1);
        }
        return monday.atTime(9, 15);
    }

    UUID aChild() throws Exception {
        Map<String, String> record = JourneyForms.aGirlsRecord("Kemi", "Adeyemi", LocalDate.of(2015, 5, 3), team);
        record.put("ethnicity", "BAFR");
        record.put("upn", "B801200005001");
        record.put("nhsNumber", "943 476 5919");
        record.put("postcode", "NM1 2AB");
        JourneyForms.date(record, "addressStartDate", LocalDate.of(2020, 1, 1));
        return JourneyForms.create(mvc, record, asWorker());
    }

    @Test
    void a_contact_decided_as_a_referral_by_a_manager_opens_a_referral_shown_with_its_clock() throws Exception {
        LocalDateTime received = aQuietMondayMorning();
        UUID contact = recordContact(received);
        mvc.perform(get("/children/" + child + "/front-door").with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ms Patel, Northmoor Primary School"),
                        containsString("Overdue by"), containsString("Record the decision"))));

        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"),
                        aDecision("REFERRAL_TO_SOCIAL_CARE", received.plusHours(3), "Disclosure of physical harm", 0))
                        .with(asManager()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/children/" + child + "/front-door").with(asWorker()))
                .andExpect(content().string(allOf(containsString("Referral to children&#39;s social care"),
                        containsString("Decided on time"), containsString("2A Schools"), containsString("Open"),
                        containsString("Disclosure of physical harm"))));
        assertThat(jdbc.sql("select count(*) from referral where contact_id = :c").param("c", contact).query(Long.class).single())
                .isEqualTo(1);
        String audit = jdbc.sql("select details from audit_event where person_id = :p and action = 'CHANGE' and subject = 'contact' order by seq desc limit 1")
                .param("p", child).query(String.class).single();
        assertThat(audit).contains("\"field\":\"decision\",\"old\":null,\"new\":\"REFERRAL_TO_SOCIAL_CARE\"")
                .contains("\"field\":\"rationale\"");
    }

    @Test
    void the_contact_its_decision_and_the_referral_appear_once_each_in_the_childs_chronology() throws Exception {
        LocalDateTime received = aQuietMondayMorning();
        UUID contact = recordContact(received);
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"),
                        aDecision("REFERRAL_TO_SOCIAL_CARE", received.plusHours(2), "Disclosure of physical harm", 0))
                        .with(asManager()))
                .andExpect(status().is3xxRedirection());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'frontdoor'")
                        .param("p", child).query(Long.class).single() == 3);
        assertThat(jdbc.sql("select summary from chronology_entry where person_id = :p and source_module = 'frontdoor' order by occurred_at, summary")
                .param("p", child).query(String.class).list())
                .satisfiesExactlyInAnyOrder(
                        s -> assertThat(s).isEqualTo("Contact received from Schools"),
                        s -> assertThat(s).startsWith("Contact decision: Referral to children's social care. Rationale: Disclosure"),
                        s -> assertThat(s).isEqualTo("Referral from Schools"));
    }

    @Test
    void a_decision_recorded_by_a_social_worker_is_refused_naming_the_decision() throws Exception {
        UUID contact = recordContact(aQuietMondayMorning());
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"),
                        aDecision("NO_FURTHER_ACTION", aQuietMondayMorning().plusHours(1), "No concerns", 0)).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#decision\""),
                        containsString("Decision must be recorded by a team manager or head of service"))));
        assertThat(jdbc.sql("select decision from contact where id = :c").param("c", contact).query(String.class).optional()).isEmpty();
    }

    @Test
    void a_decision_without_rationale_or_before_the_contact_was_received_is_refused_naming_each_field() throws Exception {
        LocalDateTime received = aQuietMondayMorning();
        UUID contact = recordContact(received);
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"),
                        aDecision("NO_FURTHER_ACTION", received.minusHours(1), "", 0)).with(asManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#rationale\""), containsString("Enter the rationale for the decision"),
                        containsString("href=\"#decidedDate\""), containsString("must be on or after the contact was received"),
                        containsString("value=\"NO_FURTHER_ACTION\" checked"))));
    }

    @Test
    void a_contact_in_the_future_is_refused_naming_the_date_received() throws Exception {
        Map<String, String> f = aContactReceived(LocalDateTime.now().plusDays(2));
        f.put("contactName", "");
        mvc.perform(form(post("/children/" + child + "/contacts/new"), f).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#receivedDate\""),
                        containsString("Date and time received must be now or in the past"),
                        containsString("href=\"#contactName\""), containsString("I don&#39;t want to go home tonight"))));
    }

    @Test
    void a_closure_before_the_referral_is_refused_and_a_proper_one_closes_the_cin_episode() throws Exception {
        LocalDateTime received = aQuietMondayMorning();
        UUID contact = recordContact(received);
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"),
                aDecision("STRATEGY_DISCUSSION", received.plusHours(1), "Significant harm", 0)).with(asManager()));
        UUID referral = jdbc.sql("select id from referral where contact_id = :c").param("c", contact).query(UUID.class).single();
        mvc.perform(form(post("/children/" + child + "/referrals/" + referral + "/close"), aClosureOn(received.toLocalDate().minusDays(1), "RC8"))
                        .with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#closureDate\""),
                        containsString("Closure date must be on or after the referral date"))));

        mvc.perform(form(post("/children/" + child + "/referrals/" + referral + "/close"), aClosureOn(received.toLocalDate().plusDays(3), "RC8"))
                        .with(asWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/front-door").with(asWorker()))
                .andExpect(content().string(containsString("RC8 Case closed after assessment, no further action")));
    }

    @Test
    void two_managers_deciding_the_same_contact_get_a_conflict_message_keeping_what_was_typed() throws Exception {
        LocalDateTime received = aQuietMondayMorning();
        UUID contact = recordContact(received);
        String other = testData.aUser(Role.TEAM_MANAGER, team, "Front door");
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"),
                aDecision("ADVICE_AND_INFORMATION", received.plusHours(1), "Advice to the school", 0)).with(as(other, Role.TEAM_MANAGER)))
                .andExpect(status().is3xxRedirection());
        // the second manager's form still names version 0; the rules see the contact already decided
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"),
                        aDecision("NO_FURTHER_ACTION", received.plusHours(2), "My typed rationale", 0)).with(asManager()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Decision has already been recorded for this contact"),
                        containsString("My typed rationale"))));
    }

    @Test
    void ending_early_help_with_a_stale_version_is_refused_with_a_conflict_message_keeping_what_was_typed() throws Exception {
        LocalDate start = aQuietMondayMorning().toLocalDate();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("startDate.day", String.valueOf(start.getDayOfMonth()));
        f.put("startDate.month", String.valueOf(start.getMonthValue()));
        f.put("startDate.year", String.valueOf(start.getYear()));
        f.put("leadOrganisation", "Northmoor Family Hub");
        f.put("reason", "Parenting support");
        mvc.perform(form(post("/children/" + child + "/early-help/new"), f).with(asWorker())).andExpect(status().is3xxRedirection());
        UUID episode = jdbc.sql("select id from early_help_episode where person_id = :p").param("p", child).query(UUID.class).single();

        Map<String, String> end = new LinkedHashMap<>();
        LocalDate endDate = start.plusDays(2);
        end.put("endDate.day", String.valueOf(endDate.getDayOfMonth()));
        end.put("endDate.month", String.valueOf(endDate.getMonthValue()));
        end.put("endDate.year", String.valueOf(endDate.getYear()));
        end.put("endReason", "STEPPED_UP");
        end.put("version", "7");
        mvc.perform(form(post("/children/" + child + "/early-help/" + episode + "/end"), end).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it. Your changes have not been saved"),
                        containsString("value=\"STEPPED_UP\" checked"), containsString("name=\"version\" value=\"0\""))));
        assertThat(jdbc.sql("select count(*) from referral where person_id = :p").param("p", child).query(Long.class).single()).isZero();

        end.put("version", "0");
        mvc.perform(form(post("/children/" + child + "/early-help/" + episode + "/end"), end).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/front-door").with(asWorker()))
                .andExpect(content().string(allOf(containsString("Ended: Stepped up to children&#39;s social care"),
                        containsString("5D LA services – early help"))));
    }

    @Test
    void someone_outside_the_childs_team_may_not_read_or_change_the_front_door_and_each_view_is_audited_once() throws Exception {
        UUID otherTeam = testData.aTeam("Front door");
        String stranger = testData.aUser(Role.SOCIAL_WORKER, otherTeam, "Front door");
        mvc.perform(get("/children/" + child + "/front-door").with(as(stranger, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        mvc.perform(form(post("/children/" + child + "/contacts/new"), aContactReceived(aQuietMondayMorning()))
                .with(as(stranger, Role.SOCIAL_WORKER))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from contact where person_id = :p").param("p", child).query(Long.class).single()).isZero();

        String inspector = testData.aUser(Role.INSPECTOR, null, null);
        mvc.perform(get("/children/" + child + "/front-door").with(as(inspector, Role.INSPECTOR)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Record a contact"))));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'VIEW' and person_id = :p")
                .param("a", inspector).param("p", child).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_contact_decision_is_due_1_working_day_after_the_contact_was_received() throws Exception {
        LocalDateTime received = aQuietMondayMorning();
        recordContact(received);
        List<Obligation> due = dueWork().forChild(journeys.find(child).orElseThrow(), received.toLocalDate());
        Obligation decision = due.stream().filter(o -> o.rule().id().value().equals("contact-decision")).findFirst().orElseThrow();
        assertThat(decision.dueOn()).isEqualTo(calendar.addWorkingDays(received.toLocalDate(), WorkingDays.of(1)));
        assertThat(decision.state()).isEqualTo(ObligationState.UPCOMING);
    }

    @Test
    void a_contact_decided_late_is_reported_late_by_the_working_days_past_its_due_date() throws Exception {
        LocalDateTime received = aQuietMondayMorning();     // due Tuesday
        UUID contact = recordContact(received);
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"),
                aDecision("NO_FURTHER_ACTION", received.plusDays(3), "No role for social care", 0)).with(asManager()))
                .andExpect(status().is3xxRedirection());   // decided Thursday: 2 working days late
        Obligation decision = dueWork().forChild(journeys.find(child).orElseThrow(), LocalDate.now()).stream()
                .filter(o -> o.rule().id().value().equals("contact-decision")).findFirst().orElseThrow();
        assertThat(decision.state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(decision.workingDaysLate()).isEqualTo(2);
        mvc.perform(get("/children/" + child + "/front-door").with(asWorker()))
                .andExpect(content().string(containsString("Decided late by 2 working days")));
    }

    /** The closure form of a referral (version 0) closed on {@code day} for {@code reason}, not as no further action. */
    static Map<String, String> aClosureOn(LocalDate day, String reason) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("closureDate.day", String.valueOf(day.getDayOfMonth()));
        f.put("closureDate.month", String.valueOf(day.getMonthValue()));
        f.put("closureDate.year", String.valueOf(day.getYear()));
        f.put("reasonForClosure", reason);
        f.put("noFurtherAction", "no");
        f.put("version", "0");
        return f;
    }

    Map<String, String> aReferralOn(LocalDate date) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("referralDate.day", String.valueOf(date.getDayOfMonth()));
        f.put("referralDate.month", String.valueOf(date.getMonthValue()));
        f.put("referralDate.year", String.valueOf(date.getYear()));
        f.put("source", "3B");
        f.put("primaryNeed", "N4");
        return f;
    }

    @Test
    void a_second_referral_within_12_months_of_the_first_is_shown_as_a_re_referral_and_a_future_one_is_refused() throws Exception {
        LocalDate first = LocalDate.now().minusMonths(11);
        mvc.perform(form(post("/children/" + child + "/referrals/new"), aReferralOn(first)).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/front-door").with(asWorker()))
                .andExpect(content().string(allOf(containsString("N4 Family in acute stress"), not(containsString("Re-referral")))));
        // the first episode closed after a month: a second referral while it was open would be one episode, not two
        UUID referral = jdbc.sql("select id from referral where person_id = :p").param("p", child).query(UUID.class).single();
        mvc.perform(form(post("/children/" + child + "/referrals/" + referral + "/close"), aClosureOn(first.plusMonths(1), "RC7"))
                        .with(asWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/children/" + child + "/referrals/new"), aReferralOn(LocalDate.now().plusDays(1))).with(asWorker()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#referralDate\""),
                        containsString("Referral date must be today or in the past"))));
        mvc.perform(form(post("/children/" + child + "/referrals/new"), aReferralOn(LocalDate.now())).with(asWorker()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child + "/front-door").with(asWorker()))
                .andExpect(content().string(containsString("Re-referral (within 12 months of a previous referral)")));
    }

    @Test
    void a_referral_decision_can_record_the_primary_need_of_the_referral_it_opens() throws Exception {
        LocalDateTime received = aQuietMondayMorning();
        UUID contact = recordContact(received);
        Map<String, String> d = aDecision("REFERRAL_TO_SOCIAL_CARE", received.plusHours(2), "Neglect concerns", 0);
        d.put("primaryNeed", "N1");
        mvc.perform(form(post("/children/" + child + "/contacts/" + contact + "/decision"), d).with(asManager()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select primary_need from referral where contact_id = :c").param("c", contact).query(String.class).single())
                .isEqualTo("N1");
    }

    @Test
    void timescales_due_for_a_child_reads_the_contacts_recorded_at_the_front_door() throws Exception {
        LocalDateTime received = aQuietMondayMorning();
        recordContact(received);
        java.io.PrintStream out = System.out;
        var captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true));
        int status;
        try {
            status = cli.run("timescales", "due", "--child", child.toString(), "--on", received.toLocalDate().plusDays(3).toString());
        } finally {
            System.setOut(out);
        }
        assertThat(status).isZero();
        assertThat(captured.toString()).contains(received.toLocalDate().plusDays(1) + "  Overdue by 2 working days")
                .contains("Decision on a contact or referral #1").contains("1 obligations, 1 overdue");
    }

    DueWork dueWork() {
        return new DueWork(TimescaleRules.of(catalogue), calendar);
    }
}
