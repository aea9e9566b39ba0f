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
import uk.opencsc.calendar.WorkingDayCalendar;
import uk.opencsc.calendar.WorkingDays;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.JourneyForms;
import uk.opencsc.support.TestData;
import uk.opencsc.timescales.DueWork;
import uk.opencsc.timescales.Obligation;
import uk.opencsc.timescales.ObligationState;
import uk.opencsc.timescales.RuleCatalogue;
import uk.opencsc.timescales.StatutoryDeadlines;
import uk.opencsc.timescales.TimescaleRules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
class CarePagesTest {

    static final LocalDate BORN = LocalDate.of(2012, 6, 3);

    @Autowired MockMvc mvc;
    @Autowired TestData testData;
    @Autowired JdbcClient jdbc;
    @Autowired CareJourneys journeys;
    @Autowired uk.opencsc.timescales.ChildJourneys childJourneys;
    @Autowired LookedAfterChildren lookedAfter;
    @Autowired CareCaseTypes caseTypes;
    @Autowired RuleCatalogue catalogue;
    @Autowired WorkingDayCalendar calendar;

    String worker;
    UUID child;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void aChildKnownToAChildrenInCareTeam() throws Exception {
        UUID team = testData.aTeam("Children in care");
        worker = testData.aUser(Role.SOCIAL_WORKER, team, "Children in care");
        child = JourneyForms.create(mvc, JourneyForms.aGirlsRecord("Maya", "Okafor", BORN, team), asWorker());
    }

    RequestPostProcessor asWorker() {
        return user(worker).roles(Role.SOCIAL_WORKER.name());
    }

    ResultActions postTo(String path, Map<String, String> fields) throws Exception {
        return mvc.perform(form(post("/children/" + child + "/care" + path), fields).with(asWorker()));
    }

    /** The start form for a child accommodated under section 20 with the authority's own foster carer. */
    static Map<String, String> aStart(LocalDate start) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "startDate", start);
        f.put("legalStatus", "V2");
        f.put("categoryOfNeed", "N1");
        f.put("placementType", "U6");
        f.put("placementProvider", "PR1");
        f.put("placementPostcode", "NM4 2DB");
        f.put("homePostcode", "NM3 4AB");
        f.put("intendedUntilEighteen", "no");
        f.put("uasc", "no");
        return f;
    }

    /** The change form as it opens: the current episode's values, to be changed before posting. */
    Map<String, String> aChange(LocalDate on) {
        Map<String, String> f = new LinkedHashMap<>();
        date(f, "changeDate", on);
        f.put("legalStatus", "V2");
        f.put("categoryOfNeed", "N1");
        f.put("placementType", "U6");
        f.put("placementProvider", "PR1");
        f.put("placementPostcode", "NM4 2DB");
        f.put("homePostcode", "NM3 4AB");
        f.put("intendedUntilEighteen", "no");
        f.put("carerChanged", "no");
        f.put("version", String.valueOf(version()));
        return f;
    }

    int version() {
        return jdbc.sql("select coalesce(max(version), 0) from period_of_care where person_id = :p and end_date is null").param("p", child)
                .query(Integer.class).single();
    }

    List<String> episodes() {
        return jdbc.sql("""
                        select start_date || ' ' || reason_new_episode || ' ' || legal_status || ' ' || placement_type || ' '
                               || coalesce(end_date::text, 'open') || ' ' || coalesce(reason_ended, '-') || ' ' || coalesce(reason_placement_changed, '-')
                        from care_episode where person_id = :p order by start_date""")
                .param("p", child).query(String.class).list();
    }

    Obligation obligation(String rule, int occurrence) {
        return new DueWork(TimescaleRules.of(catalogue), calendar).forChild(childJourneys.find(child).orElseThrow(), today).stream()
                .filter(o -> o.rule().id().value().equals(rule) && o.occurrence() == occurrence).findFirst().orElseThrow();
    }

    void visit(LocalDate on, String seen) throws Exception {
        Map<String, String> v = new LinkedHashMap<>();
        date(v, "visitDate", on);
        v.put("seen", seen);
        v.put("seenAlone", seen);
        v.put("childsViews", "I like my room");
        v.put("worker", "Priya Shah");
        postTo("/visits/new", v).andExpect(status().is3xxRedirection());
    }

    void review(LocalDate on) throws Exception {
        Map<String, String> r = new LinkedHashMap<>();
        date(r, "reviewDate", on);
        r.put("iro", "Jo Reviewer");
        r.put("participation", "PN1");
        postTo("/reviews/new", r).andExpect(status().is3xxRedirection());
    }

    @Test
    void starting_a_period_of_care_opens_its_first_episode_with_reason_S_shown_as_the_903_reports_it() throws Exception {
        LocalDate start = today.minusDays(10);
        postTo("/start", aStart(start)).andExpect(status().is3xxRedirection());
        assertThat(episodes()).containsExactly(start + " S V2 U6 open - -");
        mvc.perform(get("/children/" + child + "/care").with(asWorker())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Looked after since"), containsString("S: Started to be looked after"),
                        containsString("V2: Single period of accommodation under section 20"), containsString("NM3 4AB, NM4 2DB"),
                        containsString("Record a change of legal status or placement"))));
        mvc.perform(get("/children/" + child).with(asWorker())).andExpect(content().string(containsString("/children/" + child + "/care")));
        assertThat(lookedAfter.lookedAfterOn(child, start)).isTrue();
        assertThat(lookedAfter.lookedAfterOn(child, start.minusDays(1))).isFalse();
        assertThat(lookedAfter.placementOn(child, today).map(Placement::type)).contains(PlacementType.U6);
        String audit = jdbc.sql("select string_agg(subject, ',' order by seq) from audit_event where person_id = :p and action = 'CHANGE'")
                .param("p", child).query(String.class).single();
        assertThat(audit).contains("period-of-care", "care-episode");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'care'")
                        .param("p", child).query(Long.class).single() == 1);
        assertThat(jdbc.sql("select summary from chronology_entry where person_id = :p and source_module = 'care'").param("p", child)
                .query(String.class).single()).startsWith("Became looked after: V2");
    }

    @Test
    void a_move_to_another_carer_is_shown_as_a_new_episode_P_before_saving_and_saved_only_once_confirmed() throws Exception {
        postTo("/start", aStart(today.minusDays(30))).andExpect(status().is3xxRedirection());
        Map<String, String> move = aChange(today.minusDays(2));
        move.put("placementType", "K2");
        move.put("placementProvider", "PR4");
        move.put("urn", "SC123456");
        move.put("placementPostcode", "NM9 9ZZ");
        move.put("carerChanged", "yes");
        move.put("reasonPlacementChanged", "CREQB");
        postTo("/change", move).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Saving opens a new episode: P: Change of placement and carer only"),
                        containsString("name=\"previewed\" value=\"P\""), containsString("Confirm and save"))));
        assertThat(episodes()).hasSize(1);

        move.put("previewed", "P");
        postTo("/change", move).andExpect(status().is3xxRedirection());
        assertThat(episodes()).containsExactly(
                today.minusDays(30) + " S V2 U6 " + today.minusDays(2) + " X1 CREQB",
                today.minusDays(2) + " P V2 K2 open - -");
        assertThat(lookedAfter.currentEpisode(child).map(e -> e.placement().urn())).contains("SC123456");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'care' and summary like 'Placement moved%'")
                        .param("p", child).query(Long.class).single() == 1);
    }

    @Test
    void a_change_of_legal_status_alone_opens_an_episode_L_and_a_change_that_changes_nothing_is_refused() throws Exception {
        postTo("/start", aStart(today.minusDays(30))).andExpect(status().is3xxRedirection());
        postTo("/change", aChange(today.minusDays(5))).andExpect(status().isOk())
                .andExpect(content().string(containsString("not a new episode")));
        Map<String, String> order = aChange(today.minusDays(5));
        order.put("legalStatus", "C1");
        order.put("previewed", "L");
        postTo("/change", order).andExpect(status().is3xxRedirection());
        assertThat(episodes()).last().asString().startsWith(today.minusDays(5) + " L C1 U6 open");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'care' and summary like 'Legal status changed to C1%'")
                        .param("p", child).query(Long.class).single() == 1);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_written() throws Exception {
        postTo("/start", aStart(BORN.minusDays(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Start date must be on or after the child was born")));
        Map<String, String> semiIndependent = aStart(today);
        semiIndependent.put("placementType", "H5");
        semiIndependent.put("placementProvider", "PR4");
        postTo("/start", semiIndependent).andExpect(status().isOk())
                .andExpect(content().string(containsString("H5 is not a placement type on " + today)));
        Map<String, String> home = aStart(today);
        home.put("placementType", "K2");
        home.put("placementProvider", "PR4");
        postTo("/start", home).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter the Ofsted unique reference number"), containsString("href=\"#urn\""))));
        Map<String, String> badPostcode = aStart(today);
        badPostcode.put("homePostcode", "not a postcode");
        postTo("/start", badPostcode).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Postcode must be a UK postcode"), containsString("href=\"#homePostcode\""))));
        assertThat(episodes()).isEmpty();

        postTo("/start", aStart(today.minusDays(20))).andExpect(status().is3xxRedirection());
        postTo("/start", aStart(today.minusDays(2))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The child is already looked after")));
        Map<String, String> early = aChange(today.minusDays(25));
        early.put("legalStatus", "C1");
        postTo("/change", early).andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of the change must be after the current episode started")));
        Map<String, String> end = new LinkedHashMap<>();
        date(end, "endDate", today.minusDays(21));
        end.put("reasonCeased", "E4A");
        end.put("version", String.valueOf(version()));
        postTo("/end", end).andExpect(status().isOk())
                .andExpect(content().string(containsString("End date must be on or after the current episode started")));
        Map<String, String> reviewBefore = new LinkedHashMap<>();
        date(reviewBefore, "reviewDate", today.minusDays(40));
        reviewBefore.put("iro", "Jo Reviewer");
        reviewBefore.put("participation", "PN1");
        postTo("/reviews/new", reviewBefore).andExpect(status().isOk())
                .andExpect(content().string(containsString("The child was not looked after on " + today.minusDays(40))));
        assertThat(episodes()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from looked_after_review where person_id = :p").param("p", child).query(Long.class).single()).isZero();
    }

    UUID episodeFrom(LocalDate start) {
        return jdbc.sql("select id from care_episode where person_id = :p and start_date = :s").param("p", child).param("s", start)
                .query(UUID.class).single();
    }

    /** The correction form as it opens for the L episode of {@link #correcting_an_episode_changes_it_in_place_opens_no_episode_and_audits_each_field_old_and_new}. */
    Map<String, String> aCorrection(LocalDate start) {
        Map<String, String> f = aChange(start);
        f.remove("changeDate.day");
        f.remove("changeDate.month");
        f.remove("changeDate.year");
        f.remove("carerChanged");
        date(f, "startDate", start);
        f.put("legalStatus", "C1");
        return f;
    }

    @Test
    void correcting_an_episode_changes_it_in_place_opens_no_episode_and_audits_each_field_old_and_new() throws Exception {
        postTo("/start", aStart(today.minusDays(30))).andExpect(status().is3xxRedirection());
        Map<String, String> order = aChange(today.minusDays(10));
        order.put("legalStatus", "C1");
        order.put("previewed", "L");
        postTo("/change", order).andExpect(status().is3xxRedirection());
        UUID second = episodeFrom(today.minusDays(10));
        String path = "/episodes/" + second + "/correct";
        mvc.perform(get("/children/" + child + "/care" + path).with(asWorker())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Correct an episode of care"), containsString("value=\"NM4 2DB\""))));
        mvc.perform(get("/children/" + child + "/care").with(asWorker()))
                .andExpect(content().string(containsString("/children/" + child + "/care" + path)));

        // the placement's postcode was mistyped when the period started and copied into the L episode; the order was made two days earlier
        Map<String, String> fixed = aCorrection(today.minusDays(12));
        fixed.put("placementPostcode", "NM4 2DE");
        postTo(path, fixed).andExpect(status().is3xxRedirection());
        assertThat(episodes()).containsExactly(
                today.minusDays(30) + " S V2 U6 " + today.minusDays(12) + " X1 -",
                today.minusDays(12) + " L C1 U6 open - -");
        assertThat(jdbc.sql("select string_agg(distinct placement_postcode, ',') from care_episode where person_id = :p").param("p", child)
                .query(String.class).single()).isEqualTo("NM4 2DE");
        String audit = jdbc.sql("select string_agg(details, ' ' order by seq) from audit_event where person_id = :p and subject = 'care-episode' and details like '%NM4 2DE%'")
                .param("p", child).query(String.class).single();
        assertThat(audit).contains("placementPostcode", "NM4 2DB", "NM4 2DE", "startDate", today.minusDays(10).toString(),
                today.minusDays(12).toString(), "endDate");

        // refusals name the field and write nothing
        Map<String, String> reordered = aCorrection(today.minusDays(30));
        reordered.put("placementPostcode", "NM4 2DE");
        postTo(path, reordered).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#startDate\""), containsString("after the episode before started"))));
        Map<String, String> notANewEpisode = aCorrection(today.minusDays(12));
        notANewEpisode.put("legalStatus", "V2");
        notANewEpisode.put("placementPostcode", "NM4 2DE");
        postTo(path, notANewEpisode).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#legalStatus\""), containsString("would not be a new episode"))));
        Map<String, String> home = aCorrection(today.minusDays(12));
        home.put("placementType", "K2");
        home.put("placementProvider", "PR4");
        postTo(path, home).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#urn\""), containsString("Enter the Ofsted unique reference number"))));
        assertThat(episodes()).last().asString().isEqualTo(today.minusDays(12) + " L C1 U6 open - -");

        // a correction saved on a period changed meanwhile is refused, keeping what was typed
        Map<String, String> stale = aCorrection(today.minusDays(12));
        stale.put("placementPostcode", "NM4 2DE");
        stale.put("categoryOfNeed", "N2");
        stale.put("version", "0");
        postTo(path, stale).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it. Your changes have not been saved"),
                        containsString("value=\"N2\" selected"))));
        assertThat(jdbc.sql("select category_of_need from care_episode where id = :e").param("e", second).query(String.class).single())
                .isEqualTo("N1");
        // another team's worker may not correct
        UUID otherTeam = testData.aTeam("Children in need and protection");
        String other = testData.aUser(Role.SOCIAL_WORKER, otherTeam, "Children in need and protection");
        mvc.perform(get("/children/" + child + "/care" + path).with(user(other).roles(Role.SOCIAL_WORKER.name())))
                .andExpect(status().isForbidden());
    }

    @Test
    void two_workers_recording_a_change_the_second_is_told_it_changed_meanwhile_and_keeps_what_they_typed() throws Exception {
        postTo("/start", aStart(today.minusDays(30))).andExpect(status().is3xxRedirection());
        Map<String, String> first = aChange(today.minusDays(3));
        first.put("legalStatus", "C1");
        first.put("previewed", "L");
        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("legalStatus", "L2");
        second.put("previewed", "L");
        postTo("/change", first).andExpect(status().is3xxRedirection());
        second.put("changeDate.day", String.valueOf(today.getDayOfMonth()));
        second.put("changeDate.month", String.valueOf(today.getMonthValue()));
        second.put("changeDate.year", String.valueOf(today.getYear()));
        postTo("/change", second).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("since you opened it. Your changes have not been saved"),
                        containsString("value=\"L2\" selected"), containsString("name=\"version\" value=\"1\""))));
        assertThat(episodes()).hasSize(2).last().asString().contains(" L C1 ");
    }

    @Test
    void ending_the_period_records_why_and_the_child_is_no_longer_looked_after() throws Exception {
        postTo("/start", aStart(today.minusDays(60))).andExpect(status().is3xxRedirection());
        Map<String, String> end = new LinkedHashMap<>();
        date(end, "endDate", today.minusDays(1));
        end.put("reasonCeased", "E4A");
        end.put("version", String.valueOf(version()));
        postTo("/end", end).andExpect(status().is3xxRedirection());
        assertThat(episodes()).containsExactly(today.minusDays(60) + " S V2 U6 " + today.minusDays(1) + " E4A -");
        assertThat(lookedAfter.lookedAfterOn(child, today)).isFalse();
        assertThat(lookedAfter.lookedAfterOn(child, today.minusDays(1))).isTrue();
        assertThat(lookedAfter.currentEpisode(child)).isEmpty();
        assertThat(caseTypes.childrenOn(today.minusDays(2))).as("looked after for the caseload weighting").contains(child);
        assertThat(caseTypes.childrenOn(today)).doesNotContain(child);
        assertThat(lookedAfter.periodsOf(child)).singleElement().satisfies(p -> assertThat(p.reasonCeased()).isEqualTo(ReasonEpisodeCeased.E4A));
        assertThat(obligation("looked-after-review", 1).state()).isEqualTo(ObligationState.NO_LONGER_NEEDED);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("select count(*) from chronology_entry where person_id = :p and source_module = 'care' and summary like 'Ceased to be looked after: E4A%'")
                        .param("p", child).query(Long.class).single() == 1);
    }

    // the clocks, on recorded events

    @Test
    void reg_33_the_first_review_is_due_20_working_days_after_becoming_looked_after_the_second_3_months_later_then_6_monthly()
            throws Exception {
        LocalDate start = today.minusMonths(5);
        postTo("/start", aStart(start)).andExpect(status().is3xxRedirection());
        Obligation first = obligation("looked-after-review", 1);
        assertThat(first.dueOn()).isEqualTo(calendar.addWorkingDays(start, WorkingDays.of(20)));
        assertThat(first.state()).isEqualTo(ObligationState.OVERDUE);
        LocalDate firstHeld = start.plusDays(20);
        review(firstHeld);
        assertThat(obligation("looked-after-review", 1).state()).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(obligation("looked-after-review", 2).dueOn()).isEqualTo(firstHeld.plusMonths(3));
        LocalDate secondHeld = firstHeld.plusMonths(3);
        review(secondHeld);
        assertThat(obligation("looked-after-review", 3).dueOn()).isEqualTo(secondHeld.plusMonths(6));
        assertThat(obligation("looked-after-review", 3).state()).isEqualTo(ObligationState.UPCOMING);
    }

    @Test
    void reg_28_a_visit_is_due_a_week_after_each_new_placement_then_every_6_weeks_and_a_visit_not_seeing_the_child_does_not_count()
            throws Exception {
        LocalDate start = today.minusDays(60);
        postTo("/start", aStart(start)).andExpect(status().is3xxRedirection());
        assertThat(obligation("looked-after-visit", 1).dueOn()).isEqualTo(start.plusWeeks(1));
        visit(start.plusDays(3), "no");
        assertThat(obligation("looked-after-visit", 1).state()).isEqualTo(ObligationState.OVERDUE);
        visit(start.plusDays(5), "yes");
        assertThat(obligation("looked-after-visit", 1).state()).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(obligation("looked-after-visit", 2).dueOn()).isEqualTo(start.plusDays(5).plusWeeks(6));

        // a move to another carer restarts the clock: a week from the new placement
        Map<String, String> move = aChange(today.minusDays(2));
        move.put("placementProvider", "PR4");
        move.put("placementPostcode", "NM7 7AA");
        move.put("carerChanged", "yes");
        move.put("reasonPlacementChanged", "CHILD");
        move.put("previewed", "P");
        postTo("/change", move).andExpect(status().is3xxRedirection());
        Optional<Obligation> fromTheMove = new DueWork(TimescaleRules.of(catalogue), calendar).forChild(childJourneys.find(child).orElseThrow(), today)
                .stream().filter(o -> o.rule().id().equals(StatutoryDeadlines.LOOKED_AFTER_VISIT) && o.state() == ObligationState.UPCOMING)
                .findFirst();
        assertThat(fromTheMove).map(Obligation::dueOn).contains(today.minusDays(2).plusWeeks(1));
    }

    @Test
    void reg_28_after_the_first_year_a_placement_intended_to_last_until_18_is_visited_every_3_months_otherwise_every_6_weeks()
            throws Exception {
        LocalDate start = today.minusMonths(15);
        Map<String, String> longTerm = aStart(start);
        longTerm.put("legalStatus", "C2");
        longTerm.put("placementType", "U4");
        longTerm.put("intendedUntilEighteen", "yes");
        postTo("/start", longTerm).andExpect(status().is3xxRedirection());
        LocalDate afterAYear = start.plusYears(1).plusDays(10);
        visit(start.plusDays(2), "yes");
        visit(afterAYear, "yes");
        Obligation next = new DueWork(TimescaleRules.of(catalogue), calendar).forChild(childJourneys.find(child).orElseThrow(), today)
                .stream().filter(o -> o.rule().id().equals(StatutoryDeadlines.LOOKED_AFTER_VISIT) && o.occurrence() == 3).findFirst().orElseThrow();
        assertThat(next.dueOn()).isEqualTo(afterAYear.plusMonths(3));
        Obligation second = obligation("looked-after-visit", 2);
        assertThat(second.dueOn()).isEqualTo(start.plusDays(2).plusWeeks(6));
    }

    @Test
    void health_assessment_due_20_working_days_after_becoming_looked_after_then_yearly_from_5_and_dental_check_yearly() throws Exception {
        LocalDate start = today.minusMonths(2);
        postTo("/start", aStart(start)).andExpect(status().is3xxRedirection());
        assertThat(obligation("health-assessment", 1).dueOn()).isEqualTo(calendar.addWorkingDays(start, WorkingDays.of(20)));
        assertThat(obligation("dental-check", 1).dueOn()).isEqualTo(start.plusMonths(12));
        Map<String, String> done = new LinkedHashMap<>();
        date(done, "checkDate", start.plusDays(14));
        postTo("/health-assessments/new", done).andExpect(status().is3xxRedirection());
        assertThat(obligation("health-assessment", 1).state()).isEqualTo(ObligationState.MET_ON_TIME);
        // Maya is over five: the next is a year on
        assertThat(obligation("health-assessment", 2).dueOn()).isEqualTo(start.plusDays(14).plusMonths(12));
        postTo("/dental-checks/new", done).andExpect(status().is3xxRedirection());
        assertThat(obligation("dental-check", 1).state()).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(obligation("dental-check", 2).dueOn()).isEqualTo(start.plusDays(14).plusMonths(12));
    }

    @Test
    void the_work_tray_links_each_care_clock_to_the_form_that_meets_it() {
        String page = "/children/" + child + "/care";
        assertThat(journeys.formFor(StatutoryDeadlines.LOOKED_AFTER_REVIEW, child, null)).contains(page + "/reviews/new");
        assertThat(journeys.formFor(StatutoryDeadlines.LOOKED_AFTER_VISIT, child, null)).contains(page + "/visits/new");
        assertThat(journeys.formFor(StatutoryDeadlines.HEALTH_ASSESSMENT, child, null)).contains(page + "/health-assessments/new");
        assertThat(journeys.formFor(StatutoryDeadlines.DENTAL_CHECK, child, null)).contains(page + "/dental-checks/new");
        assertThat(journeys.formFor(StatutoryDeadlines.CHILD_IN_NEED_VISIT, child, null)).isEmpty();
    }

    @Test
    void short_breaks_are_a_period_of_their_own_not_counted_as_looked_after_and_start_no_looked_after_clocks() throws Exception {
        Map<String, String> shortBreaks = aStart(today.minusDays(30));
        shortBreaks.put("legalStatus", "V3");
        shortBreaks.put("categoryOfNeed", "N2");
        postTo("/start", shortBreaks).andExpect(status().is3xxRedirection());
        assertThat(lookedAfter.lookedAfterOn(child, today)).isFalse();
        assertThat(journeys.eventsOf(List.of(child))).doesNotContainKey(child);
        Map<String, String> toCare = aChange(today.minusDays(1));
        toCare.put("legalStatus", "C1");
        postTo("/change", toCare).andExpect(status().isOk())
                .andExpect(content().string(containsString("This is a period of short breaks")));
    }

    @Test
    void someone_outside_the_childs_team_may_not_read_or_change_care_and_each_view_is_audited_once() throws Exception {
        UUID otherTeam = testData.aTeam("Children in care");
        String stranger = testData.aUser(Role.SOCIAL_WORKER, otherTeam, "Children in care");
        mvc.perform(get("/children/" + child + "/care").with(user(stranger).roles("SOCIAL_WORKER"))).andExpect(status().isForbidden());
        mvc.perform(form(post("/children/" + child + "/care/start"), aStart(today)).with(user(stranger).roles("SOCIAL_WORKER")))
                .andExpect(status().isForbidden());
        String inspector = testData.aUser(Role.INSPECTOR, null, null);
        mvc.perform(get("/children/" + child + "/care").with(user(inspector).roles("INSPECTOR")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Start a period of care"))));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'VIEW' and person_id = :p")
                .param("a", inspector).param("p", child).query(Long.class).single()).isEqualTo(1);
        assertThat(episodes()).isEmpty();
    }
}
