package uk.opencsc.protection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.platform.database.RowsByPerson;
import uk.opencsc.platform.validation.CodeList;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The child protection tables: strategy_discussion, section47_enquiry, initial_conference, child_protection_plan,
 * child_protection_meeting, child_protection_visit, protective_order. Updates name the version read (optimistic
 * locking).
 */
@Repository
class ProtectionRepository {

    private static final String DISCUSSION_COLUMNS = """
            id, person_id, referral_id, held_on, held_time, agencies, attendees, decision, rationale, version, updated_at,
            updated_by""";
    private static final String ENQUIRY_COLUMNS = """
            id, person_id, strategy_discussion_id, start_date, icpc_target, outcome, outcome_date, icpc_not_required,
            icpc_not_required_why, date_of_icpc, version, updated_at, updated_by""";
    private static final String PLAN_COLUMNS = """
            id, person_id, conference_id, start_date, initial_category, latest_category, previous_plans, end_date,
            end_reason, version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    ProtectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDiscussion(StrategyDiscussion d, String actor) {
        jdbc.sql("""
                insert into strategy_discussion (id, person_id, referral_id, held_on, held_time, agencies, attendees,
                    decision, rationale, created_by, updated_by)
                values (:id, :person, :referral, :on, :time, :agencies, :attendees, :decision, :rationale, :actor, :actor)""")
                .param("id", d.id()).param("person", d.personId()).param("referral", d.referralId())
                .param("on", d.heldAt().toLocalDate()).param("time", d.heldAt().toLocalTime())
                .param("agencies", codes(d.agencies())).param("attendees", trimmed(d.attendees()))
                .param("decision", d.decision().code()).param("rationale", d.rationale().trim()).param("actor", actor)
                .update();
    }

    List<StrategyDiscussion> discussionsOf(UUID personId) {
        return RowsByPerson.of(discussionsOf(List.of(personId)), personId);
    }

    Map<UUID, List<StrategyDiscussion>> discussionsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select " + DISCUSSION_COLUMNS
                + " from strategy_discussion where person_id = any(:persons) order by held_on desc, held_time desc",
                personIds, ProtectionRepository::discussion);
    }

    void insertEnquiry(UUID id, UUID personId, UUID discussionId, LocalDate start, LocalDate target, String actor) {
        jdbc.sql("""
                insert into section47_enquiry (id, person_id, strategy_discussion_id, start_date, icpc_target, created_by, updated_by)
                values (:id, :person, :discussion, :start, :target, :actor, :actor)""")
                .param("id", id).param("person", personId).param("discussion", discussionId).param("start", start)
                .param("target", target).param("actor", actor).update();
    }

    Optional<Section47Enquiry> enquiry(UUID id) {
        return jdbc.sql("select " + ENQUIRY_COLUMNS + " from section47_enquiry where id = :id").param("id", id)
                .query(ProtectionRepository::enquiry).optional();
    }

    List<Section47Enquiry> enquiriesOf(UUID personId) {
        return RowsByPerson.of(enquiriesOf(List.of(personId)), personId);
    }

    Map<UUID, List<Section47Enquiry>> enquiriesOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select " + ENQUIRY_COLUMNS
                + " from section47_enquiry where person_id = any(:persons) order by start_date desc",
                personIds, ProtectionRepository::enquiry);
    }

    /** @return false when the enquiry's version is no longer {@code version} */
    boolean recordOutcome(UUID id, int version, Section47Outcome outcome, LocalDate date, String whyNoConference, String actor) {
        return jdbc.sql("""
                update section47_enquiry set outcome = :outcome, outcome_date = :date, icpc_not_required = :notRequired,
                    icpc_not_required_why = :why, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("outcome", outcome.code()).param("date", date)
                .param("notRequired", outcome != Section47Outcome.SUBSTANTIATED_ICPC)
                .param("why", outcome == Section47Outcome.SUBSTANTIATED_ICPC ? null : trimmed(whyNoConference))
                .param("actor", actor).param("id", id).param("version", version).update() == 1;
    }

    /** @return false when the enquiry's version is no longer {@code version} */
    boolean recordConferenceHeld(UUID enquiryId, int version, LocalDate date, String actor) {
        return jdbc.sql("""
                update section47_enquiry set date_of_icpc = :date, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("date", date).param("actor", actor).param("id", enquiryId).param("version", version).update() == 1;
    }

    void insertConference(InitialConference c, String actor) {
        jdbc.sql("""
                insert into initial_conference (id, person_id, section47_id, conference_date, outcome, categories, created_by)
                values (:id, :person, :enquiry, :date, :outcome, :categories, :actor)""")
                .param("id", c.id()).param("person", c.personId()).param("enquiry", c.section47Id())
                .param("date", c.date()).param("outcome", c.outcome().code()).param("categories", codes(c.categories()))
                .param("actor", actor).update();
    }

    List<InitialConference> conferencesOf(UUID personId) {
        return RowsByPerson.of(conferencesOf(List.of(personId)), personId);
    }

    Map<UUID, List<InitialConference>> conferencesOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, """
                select id, person_id, section47_id, conference_date, outcome, categories from initial_conference
                where person_id = any(:persons) order by conference_date desc""", personIds,
                (rs, n) -> new InitialConference(rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getObject("section47_id", UUID.class),
                        rs.getObject("conference_date", LocalDate.class), ConferenceOutcome.of(rs.getString("outcome")),
                        enums(rs.getArray("categories"), AbuseCategory.class, "categories")));
    }

    void insertPlan(ChildProtectionPlan p, String actor) {
        jdbc.sql("""
                insert into child_protection_plan (id, person_id, conference_id, start_date, initial_category, latest_category,
                    previous_plans, end_date, end_reason, created_by, updated_by)
                values (:id, :person, :conference, :start, :initial, :latest, :previous, :end, :reason, :actor, :actor)""")
                .param("id", p.id()).param("person", p.personId()).param("conference", p.conferenceId())
                .param("start", p.startDate()).param("initial", p.initialCategory().code())
                .param("latest", p.latestCategory().code()).param("previous", p.previousPlans())
                .param("end", p.endDate()).param("reason", p.endReason()).param("actor", actor).update();
    }

    Optional<ChildProtectionPlan> plan(UUID id) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from child_protection_plan where id = :id").param("id", id)
                .query(ProtectionRepository::plan).optional();
    }

    List<ChildProtectionPlan> plansOf(UUID personId) {
        return RowsByPerson.of(plansOf(List.of(personId)), personId);
    }

    Map<UUID, List<ChildProtectionPlan>> plansOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select " + PLAN_COLUMNS
                + " from child_protection_plan where person_id = any(:persons) order by start_date desc",
                personIds, ProtectionRepository::plan);
    }

    /** @return false when the plan's version is no longer {@code version} */
    boolean updatePlan(ChildProtectionPlan p, int version, String actor) {
        return jdbc.sql("""
                update child_protection_plan set latest_category = :latest, end_date = :end, end_reason = :reason,
                    version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("latest", p.latestCategory().code()).param("end", p.endDate()).param("reason", p.endReason())
                .param("actor", actor).param("id", p.id()).param("version", version).update() == 1;
    }

    void insertMeeting(ProtectionMeeting m, UUID personId, String actor) {
        jdbc.sql("""
                insert into child_protection_meeting (id, plan_id, person_id, kind, meeting_date, review_outcome, created_by)
                values (:id, :plan, :person, :kind, :date, :outcome, :actor)""")
                .param("id", m.id()).param("plan", m.planId()).param("person", personId).param("kind", m.kind().name())
                .param("date", m.date()).param("outcome", m.reviewOutcome() == null ? null : m.reviewOutcome().code())
                .param("actor", actor).update();
    }

    List<ProtectionMeeting> meetingsOf(UUID personId) {
        return RowsByPerson.of(meetingsOf(List.of(personId)), personId);
    }

    Map<UUID, List<ProtectionMeeting>> meetingsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, """
                select id, person_id, plan_id, kind, meeting_date, review_outcome from child_protection_meeting
                where person_id = any(:persons) order by meeting_date desc""", personIds,
                (rs, n) -> new ProtectionMeeting(rs.getObject("id", UUID.class),
                        rs.getObject("plan_id", UUID.class), ProtectionMeeting.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("meeting_date", LocalDate.class),
                        CodeList.fromOptionalCode(ReviewOutcome.class, "reviewOutcome", rs.getString("review_outcome"))));
    }

    void insertVisit(ChildProtectionVisit v, UUID personId, String actor) {
        jdbc.sql("""
                insert into child_protection_visit (id, plan_id, person_id, visit_date, seen, seen_alone, bedroom_seen,
                    childs_views, observations, created_by)
                values (:id, :plan, :person, :date, :seen, :alone, :bedroom, :views, :observations, :actor)""")
                .param("id", v.id()).param("plan", v.planId()).param("person", personId).param("date", v.date())
                .param("seen", v.seen()).param("alone", v.seenAlone()).param("bedroom", v.bedroomSeen())
                .param("views", trimmed(v.childsViews())).param("observations", trimmed(v.observations()))
                .param("actor", actor).update();
    }

    List<ChildProtectionVisit> visitsOf(UUID personId) {
        return RowsByPerson.of(visitsOf(List.of(personId)), personId);
    }

    Map<UUID, List<ChildProtectionVisit>> visitsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, """
                select id, person_id, plan_id, visit_date, seen, seen_alone, bedroom_seen, childs_views, observations
                from child_protection_visit where person_id = any(:persons) order by visit_date desc""", personIds,
                (rs, n) -> new ChildProtectionVisit(rs.getObject("id", UUID.class),
                        rs.getObject("plan_id", UUID.class), rs.getObject("visit_date", LocalDate.class),
                        rs.getBoolean("seen"), rs.getBoolean("seen_alone"), rs.getBoolean("bedroom_seen"),
                        rs.getString("childs_views"), rs.getString("observations")));
    }

    void insertOrder(ProtectiveOrder o, String actor) {
        jdbc.sql("""
                insert into protective_order (id, person_id, kind, start_date, end_date, created_by)
                values (:id, :person, :kind, :start, :end, :actor)""")
                .param("id", o.id()).param("person", o.personId()).param("kind", o.kind().code())
                .param("start", o.startDate()).param("end", o.endDate()).param("actor", actor).update();
    }

    List<ProtectiveOrder> ordersOf(UUID personId) {
        return jdbc.sql("select id, person_id, kind, start_date, end_date from protective_order where person_id = :p order by start_date desc")
                .param("p", personId).query((rs, n) -> new ProtectiveOrder(rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class), ProtectiveOrderKind.of(rs.getString("kind")),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class))).list();
    }

    private static StrategyDiscussion discussion(ResultSet rs, int n) throws SQLException {
        return new StrategyDiscussion(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("referral_id", UUID.class),
                rs.getObject("held_on", LocalDate.class).atTime(rs.getObject("held_time", LocalTime.class)),
                enums(rs.getArray("agencies"), Agency.class, "agencies"), rs.getString("attendees"),
                StrategyDecision.of(rs.getString("decision")), rs.getString("rationale"), rs.getInt("version"),
                instant(rs), rs.getString("updated_by"));
    }

    private static Section47Enquiry enquiry(ResultSet rs, int n) throws SQLException {
        return new Section47Enquiry(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("strategy_discussion_id", UUID.class), rs.getObject("start_date", LocalDate.class),
                rs.getObject("icpc_target", LocalDate.class),
                CodeList.fromOptionalCode(Section47Outcome.class, "outcome", rs.getString("outcome")),
                rs.getObject("outcome_date", LocalDate.class), rs.getBoolean("icpc_not_required"),
                rs.getString("icpc_not_required_why"), rs.getObject("date_of_icpc", LocalDate.class),
                rs.getInt("version"), instant(rs), rs.getString("updated_by"));
    }

    private static ChildProtectionPlan plan(ResultSet rs, int n) throws SQLException {
        return new ChildProtectionPlan(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("conference_id", UUID.class), rs.getObject("start_date", LocalDate.class),
                AbuseCategory.of(rs.getString("initial_category")), AbuseCategory.of(rs.getString("latest_category")),
                rs.getInt("previous_plans"), rs.getObject("end_date", LocalDate.class), rs.getString("end_reason"),
                rs.getInt("version"), instant(rs), rs.getString("updated_by"));
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getTimestamp("updated_at").toInstant();
    }

    static String[] codes(Collection<? extends CodeList> values) {
        return values.stream().map(CodeList::code).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E> & CodeList> Set<E> enums(Array array, Class<E> type, String field) throws SQLException {
        String[] codes = (String[]) array.getArray();
        return Arrays.stream(codes).map(c -> CodeList.fromCode(type, field, c))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
