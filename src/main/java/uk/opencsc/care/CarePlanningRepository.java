package uk.opencsc.care;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.platform.database.UuidArray;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.EventType;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The care planning tables: permanence_plan, iro_contact, iro_escalation (optimistic-locked on its version),
 * family_time and family_time_session.
 */
@Repository
class CarePlanningRepository {

    private static final String PLAN_COLUMNS = "id, person_id, period_id, kind, is_primary, agreed_on, ended_on, end_reason";
    private static final String ESCALATION_COLUMNS = """
            id, person_id, period_id, raised_on, concerns, issue, stage, outcome, resolved_on, iro, version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    CarePlanningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // permanence plans

    void insertPlan(PermanencePlan p, String actor) {
        jdbc.sql("""
                insert into permanence_plan (id, person_id, period_id, kind, is_primary, agreed_on, created_by)
                values (:id, :person, :period, :kind, :primary, :agreed, :actor)""")
                .param("id", p.id()).param("person", p.personId()).param("period", p.periodId()).param("kind", p.kind().code())
                .param("primary", p.primary()).param("agreed", p.agreedOn()).param("actor", actor).update();
    }

    /** @return false when the plan had already ended */
    boolean endPlan(UUID planId, LocalDate endedOn, PlanEndReason reason) {
        return jdbc.sql("update permanence_plan set ended_on = :on, end_reason = :reason where id = :id and ended_on is null")
                .param("on", endedOn).param("reason", reason.code()).param("id", planId).update() == 1;
    }

    /** The child's plans, the latest agreed first. */
    List<PermanencePlan> plansOf(UUID personId) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from permanence_plan where person_id = :p order by agreed_on desc, created_at desc")
                .param("p", personId).query(CarePlanningRepository::plan).list();
    }

    /**
     * Each child's primary plan in force on {@code date}: agreed on or before it, not ended before it, within a period
     * of care (not short breaks) covering it. One query for all the children.
     */
    Map<UUID, PermanencePlanKind> primaryPlanOn(Collection<UUID> personIds, LocalDate date) {
        Map<UUID, PermanencePlanKind> plans = new HashMap<>();
        if (personIds.isEmpty()) {
            return plans;
        }
        // on the day one primary plan replaces another both are in force: ordered by the day agreed, the later one wins
        jdbc.sql("""
                        select pp.person_id, pp.kind from permanence_plan pp join period_of_care c on c.id = pp.period_id
                        where pp.person_id = any(:persons) and pp.is_primary and not c.short_breaks
                          and pp.agreed_on <= :date and (pp.ended_on is null or pp.ended_on >= :date)
                          and c.start_date <= :date and (c.end_date is null or c.end_date >= :date)
                        order by pp.agreed_on, pp.created_at""")
                .param("persons", UuidArray.of(personIds)).param("date", date)
                .query(rs -> {
                    plans.put(rs.getObject("person_id", UUID.class), PermanencePlanKind.of(rs.getString("kind")));
                });
        return plans;
    }

    // the IRO's contacts

    void insertContact(IroContact c, UUID personId, String actor) {
        jdbc.sql("""
                insert into iro_contact (id, person_id, period_id, contact_date, method, seen_alone, childs_views, iro, created_by)
                values (:id, :person, :period, :on, :method, :alone, :views, :iro, :actor)""")
                .param("id", c.id()).param("person", personId).param("period", c.periodId()).param("on", c.date())
                .param("method", c.method().code()).param("alone", c.seenAlone()).param("views", c.childsViews())
                .param("iro", c.iro()).param("actor", actor).update();
    }

    List<IroContact> contactsOf(UUID personId) {
        return jdbc.sql("select id, period_id, contact_date, method, seen_alone, childs_views, iro from iro_contact "
                        + "where person_id = :p order by contact_date desc, created_at desc").param("p", personId)
                .query((rs, n) -> new IroContact(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        rs.getObject("contact_date", LocalDate.class), IroContactMethod.of(rs.getString("method")),
                        rs.getBoolean("seen_alone"), rs.getString("childs_views"), rs.getString("iro"))).list();
    }

    /**
     * The timescale events of these children's care planning, in one query: each primary permanence plan agreed, and
     * each IRO escalation raised and resolved (both carrying the escalation's id, so each is its own clock).
     */
    Map<UUID, List<ChildEvent>> journeyEventsOf(Collection<UUID> childIds) {
        Map<UUID, List<ChildEvent>> events = new HashMap<>();
        jdbc.sql("""
                        select person_id, 'PERMANENCE_PLAN_AGREED' as event, agreed_on as on_date, null as ref
                            from permanence_plan where person_id = any(:ids) and is_primary
                        union all
                        select person_id, 'IRO_ESCALATION_RAISED', raised_on, id from iro_escalation where person_id = any(:ids)
                        union all
                        select person_id, 'IRO_ESCALATION_RESOLVED', resolved_on, id from iro_escalation
                            where person_id = any(:ids) and resolved_on is not null""")
                .param("ids", UuidArray.of(childIds))
                .query(rs -> {
                    events.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                            .add(ChildEvent.on(EventType.valueOf(rs.getString("event")), rs.getObject("on_date", LocalDate.class))
                                    .from(rs.getObject("ref", UUID.class)));
                });
        return events;
    }

    /** Each child's latest IRO contact on or before {@code date}, in one query; a child with none is absent. */
    Map<UUID, LocalDate> lastContactOn(Collection<UUID> personIds, LocalDate date) {
        Map<UUID, LocalDate> last = new HashMap<>();
        if (personIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        select person_id, max(contact_date) as last_contact from iro_contact
                        where person_id = any(:persons) and contact_date <= :date group by person_id""")
                .param("persons", UuidArray.of(personIds)).param("date", date)
                .query(rs -> {
                    last.put(rs.getObject("person_id", UUID.class), rs.getObject("last_contact", LocalDate.class));
                });
        return last;
    }

    // escalations

    void insertEscalation(IroEscalation e, String actor) {
        jdbc.sql("""
                insert into iro_escalation (id, person_id, period_id, raised_on, concerns, issue, stage, outcome, resolved_on, iro,
                                            created_by, updated_by)
                values (:id, :person, :period, :raised, string_to_array(:concerns, ','), :issue, :stage, :outcome, :resolved, :iro,
                        :actor, :actor)""")
                .param("id", e.id()).param("person", e.personId()).param("period", e.periodId()).param("raised", e.raisedOn())
                .param("concerns", codes(e.concerns())).param("issue", e.issue()).param("stage", e.stage().code())
                .param("outcome", e.outcome()).param("resolved", e.resolvedOn()).param("iro", e.iro()).param("actor", actor).update();
    }

    /** @return false when the escalation's version is no longer {@code version} */
    boolean updateEscalation(IroEscalation e, int version, String actor) {
        return jdbc.sql("""
                update iro_escalation set concerns = string_to_array(:concerns, ','), issue = :issue, stage = :stage,
                    outcome = :outcome, resolved_on = :resolved, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("concerns", codes(e.concerns())).param("issue", e.issue()).param("stage", e.stage().code())
                .param("outcome", e.outcome()).param("resolved", e.resolvedOn()).param("actor", actor)
                .param("id", e.id()).param("version", version).update() == 1;
    }

    /** The child's escalations, open ones first, then the latest raised first. */
    List<IroEscalation> escalationsOf(UUID personId) {
        return jdbc.sql("select " + ESCALATION_COLUMNS + " from iro_escalation where person_id = :p "
                        + "order by resolved_on is not null, raised_on desc, created_at desc")
                .param("p", personId).query(CarePlanningRepository::escalation).list();
    }

    Optional<IroEscalation> escalation(UUID personId, UUID escalationId) {
        return jdbc.sql("select " + ESCALATION_COLUMNS + " from iro_escalation where person_id = :p and id = :id")
                .param("p", personId).param("id", escalationId).query(CarePlanningRepository::escalation).optional();
    }

    // family time

    void insertFamilyTime(FamilyTime f, UUID personId, String actor) {
        jdbc.sql("""
                insert into family_time (id, person_id, period_id, with_whom, relationship, frequency, supervised, supervised_by,
                                         start_date, end_date, created_by)
                values (:id, :person, :period, :who, :rel, :freq, :sup, :by, :start, :end, :actor)""")
                .param("id", f.id()).param("person", personId).param("period", f.periodId()).param("who", f.withWhom())
                .param("rel", f.relationship().code()).param("freq", f.frequency().code()).param("sup", f.supervised())
                .param("by", f.supervisedBy()).param("start", f.startDate()).param("end", f.endDate()).param("actor", actor).update();
    }

    void insertSession(UUID arrangementId, UUID personId, FamilyTime.Session s, String actor) {
        jdbc.sql("""
                insert into family_time_session (id, family_time_id, person_id, session_date, outcome, note, created_by)
                values (:id, :arrangement, :person, :on, :outcome, :note, :actor)""")
                .param("id", s.id()).param("arrangement", arrangementId).param("person", personId).param("on", s.date())
                .param("outcome", s.outcome().code()).param("note", s.note()).param("actor", actor).update();
    }

    /** The child's arrangements, the latest started first, each with its sessions, the latest first (two queries). */
    List<FamilyTime> familyTimeOf(UUID personId) {
        Map<UUID, List<FamilyTime.Session>> sessions = new HashMap<>();
        jdbc.sql("select id, family_time_id, session_date, outcome, note from family_time_session where person_id = :p "
                        + "order by session_date desc, created_at desc").param("p", personId)
                .query(rs -> {
                    sessions.computeIfAbsent(rs.getObject("family_time_id", UUID.class), k -> new ArrayList<>()).add(
                            new FamilyTime.Session(rs.getObject("id", UUID.class), rs.getObject("session_date", LocalDate.class),
                                    SessionOutcome.of(rs.getString("outcome")), rs.getString("note")));
                });
        return jdbc.sql("""
                        select id, period_id, with_whom, relationship, frequency, supervised, supervised_by, start_date, end_date
                        from family_time where person_id = :p order by start_date desc, created_at desc""").param("p", personId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new FamilyTime(id, rs.getObject("period_id", UUID.class), rs.getString("with_whom"),
                            FamilyTimeRelationship.of(rs.getString("relationship")), FamilyTimeFrequency.of(rs.getString("frequency")),
                            rs.getBoolean("supervised"), rs.getString("supervised_by"), rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class), sessions.getOrDefault(id, List.of()));
                }).list();
    }

    private static String codes(Set<EscalationConcern> concerns) {
        return concerns.stream().map(EscalationConcern::code).sorted().collect(Collectors.joining(","));
    }

    private static PermanencePlan plan(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("end_reason");
        return new PermanencePlan(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("period_id", UUID.class), PermanencePlanKind.of(rs.getString("kind")), rs.getBoolean("is_primary"),
                rs.getObject("agreed_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                reason == null ? null : PlanEndReason.of(reason));
    }

    private static IroEscalation escalation(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("concerns");
        Set<EscalationConcern> concerns = Arrays.stream((String[]) array.getArray()).map(EscalationConcern::of).collect(Collectors.toSet());
        return new IroEscalation(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("period_id", UUID.class), rs.getObject("raised_on", LocalDate.class), concerns, rs.getString("issue"),
                EscalationStage.of(rs.getString("stage")), rs.getString("outcome"), rs.getObject("resolved_on", LocalDate.class),
                rs.getString("iro"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
