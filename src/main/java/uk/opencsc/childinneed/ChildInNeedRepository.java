package uk.opencsc.childinneed;

import uk.opencsc.platform.database.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.EventType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The child in need tables: child_in_need_plan, child_in_need_review, child_in_need_visit. Updates of a plan name
 * the version read (optimistic locking).
 */
@Repository
class ChildInNeedRepository {

    private static final String PLAN_COLUMNS = """
            id, person_id, referral_id, start_date, lead_worker, needs_and_outcomes, without_assessment_reason, end_date,
            end_reason, version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    ChildInNeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertPlan(ChildInNeedPlan p, String actor) {
        jdbc.sql("""
                insert into child_in_need_plan (id, person_id, referral_id, start_date, lead_worker, needs_and_outcomes,
                    without_assessment_reason, end_date, end_reason, created_by, updated_by)
                values (:id, :person, :referral, :start, :lead, :needs, :without, :end, :reason, :actor, :actor)""")
                .param("id", p.id()).param("person", p.personId()).param("referral", p.referralId())
                .param("start", p.startDate()).param("lead", p.leadWorker().trim()).param("needs", p.needsAndOutcomes().trim())
                .param("without", trimmed(p.withoutAssessmentReason())).param("end", p.endDate())
                .param("reason", p.endReason() == null ? null : p.endReason().code()).param("actor", actor).update();
    }

    Optional<ChildInNeedPlan> plan(UUID id) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from child_in_need_plan where id = :id").param("id", id)
                .query(ChildInNeedRepository::plan).optional();
    }

    /** The child's plans, the latest first. */
    List<ChildInNeedPlan> plansOf(UUID personId) {
        return jdbc.sql("select " + PLAN_COLUMNS + " from child_in_need_plan where person_id = :p order by start_date desc")
                .param("p", personId).query(ChildInNeedRepository::plan).list();
    }

    /** @return false when the plan's version is no longer {@code version} */
    boolean updatePlan(ChildInNeedPlan p, int version, String actor) {
        return jdbc.sql("""
                update child_in_need_plan set lead_worker = :lead, needs_and_outcomes = :needs, end_date = :end,
                    end_reason = :reason, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("lead", p.leadWorker()).param("needs", p.needsAndOutcomes()).param("end", p.endDate())
                .param("reason", p.endReason() == null ? null : p.endReason().code())
                .param("actor", actor).param("id", p.id()).param("version", version).update() == 1;
    }

    void insertReview(ChildInNeedReview r, UUID personId, String actor) {
        jdbc.sql("""
                insert into child_in_need_review (id, plan_id, person_id, review_date, decision, notes, created_by)
                values (:id, :plan, :person, :date, :decision, :notes, :actor)""")
                .param("id", r.id()).param("plan", r.planId()).param("person", personId).param("date", r.date())
                .param("decision", r.decision().code()).param("notes", trimmed(r.notes())).param("actor", actor).update();
    }

    /** The child's reviews, the latest first. */
    List<ChildInNeedReview> reviewsOf(UUID personId) {
        return jdbc.sql("""
                select id, plan_id, review_date, decision, notes from child_in_need_review
                where person_id = :p order by review_date desc, created_at desc""")
                .param("p", personId).query((rs, n) -> new ChildInNeedReview(rs.getObject("id", UUID.class),
                        rs.getObject("plan_id", UUID.class), rs.getObject("review_date", LocalDate.class),
                        CinReviewDecision.of(rs.getString("decision")), rs.getString("notes"))).list();
    }

    void insertVisit(ChildInNeedVisit v, UUID personId, String actor) {
        jdbc.sql("""
                insert into child_in_need_visit (id, plan_id, person_id, visited_on, visited_time, seen, seen_alone,
                    bedroom_seen, childs_views, observations, worker, created_by)
                values (:id, :plan, :person, :on, :time, :seen, :alone, :bedroom, :views, :observations, :worker, :actor)""")
                .param("id", v.id()).param("plan", v.planId()).param("person", personId)
                .param("on", v.visitedAt().toLocalDate()).param("time", v.visitedAt().toLocalTime())
                .param("seen", v.seen()).param("alone", v.seenAlone()).param("bedroom", v.bedroomSeen().code())
                .param("views", trimmed(v.childsViews())).param("observations", trimmed(v.observations()))
                .param("worker", v.worker().trim()).param("actor", actor).update();
    }

    /** The child's visits, the latest first. */
    List<ChildInNeedVisit> visitsOf(UUID personId) {
        return jdbc.sql("""
                select id, plan_id, visited_on, visited_time, seen, seen_alone, bedroom_seen, childs_views, observations, worker
                from child_in_need_visit where person_id = :p order by visited_on desc, visited_time desc""")
                .param("p", personId).query((rs, n) -> new ChildInNeedVisit(rs.getObject("id", UUID.class),
                        rs.getObject("plan_id", UUID.class),
                        rs.getObject("visited_on", LocalDate.class).atTime(rs.getObject("visited_time", LocalTime.class)),
                        rs.getBoolean("seen"), rs.getBoolean("seen_alone"), BedroomSeen.of(rs.getString("bedroom_seen")),
                        rs.getString("childs_views"), rs.getString("observations"), rs.getString("worker"))).list();
    }

    /**
     * The timescale events of these children's child in need plans, in one query: each plan's start, each review,
     * each visit at which the child was seen, and each plan's end. Events are dated without a time and listed in the
     * order of the journey (a start before a review or visit on its day, an end after them), which keeps same-day
     * events in that order: a review or visit on the day a plan ends counts for it.
     *
     * @return each child's events; a child with none is absent
     */
    Map<UUID, List<ChildEvent>> journeyEventsOf(Collection<UUID> childIds) {
        Map<UUID, List<ChildEvent>> events = new HashMap<>();
        jdbc.sql("""
                select person_id, event, on_date, plan_id from (
                    select person_id, 'CHILD_IN_NEED_PLAN_STARTED' as event, start_date as on_date, 0 as step, id as plan_id
                        from child_in_need_plan where person_id = any(:ids)
                    union all
                    select person_id, 'CHILD_IN_NEED_PLAN_REVIEW', review_date, 1, null
                        from child_in_need_review where person_id = any(:ids)
                    union all
                    select person_id, 'CHILD_IN_NEED_VISIT', visited_on, 1, null
                        from child_in_need_visit where seen and person_id = any(:ids)
                    union all
                    select person_id, 'CHILD_IN_NEED_PLAN_ENDED', end_date, 2, null
                        from child_in_need_plan where end_date is not null and person_id = any(:ids)
                ) e order by person_id, on_date, step""")
                .param("ids", UuidArray.of(childIds))
                .query(rs -> {
                    events.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                            .add(ChildEvent.on(EventType.valueOf(rs.getString("event")), rs.getObject("on_date", LocalDate.class))
                                    .from(rs.getObject("plan_id", UUID.class)));
                });
        return events;
    }

    private static ChildInNeedPlan plan(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("end_reason");
        return new ChildInNeedPlan(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("referral_id", UUID.class), rs.getObject("start_date", LocalDate.class),
                rs.getString("lead_worker"), rs.getString("needs_and_outcomes"), rs.getString("without_assessment_reason"),
                rs.getObject("end_date", LocalDate.class), reason == null ? null : CinPlanEndReason.of(reason),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
