package uk.opencsc.care;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.frontdoor.PrimaryNeed;
import uk.opencsc.people.Postcode;
import uk.opencsc.platform.database.RowsByPerson;
import uk.opencsc.platform.database.UuidArray;
import uk.opencsc.timescales.ChildEvent;
import uk.opencsc.timescales.EventType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The care tables: period_of_care, care_episode, looked_after_review, looked_after_visit, looked_after_health_check.
 * Every change to a period or its episodes names the period's version read (optimistic locking) and bumps it.
 */
@Repository
class CareRepository {

    private static final String PERIOD_COLUMNS = """
            id, person_id, start_date, end_date, reason_ceased, short_breaks, uasc, uasc_ceased_on, version, updated_at,
            updated_by""";
    private static final String EPISODE_COLUMNS = """
            id, period_id, person_id, start_date, reason_new_episode, legal_status, category_of_need, placement_type,
            placement_provider, urn, home_postcode, placement_postcode, intended_until_eighteen, end_date, reason_ended,
            reason_placement_changed""";

    private final JdbcClient jdbc;

    CareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertPeriod(PeriodOfCare p, String actor) {
        jdbc.sql("""
                insert into period_of_care (id, person_id, start_date, short_breaks, uasc, uasc_ceased_on, created_by, updated_by)
                values (:id, :person, :start, :short, :uasc, :ceased, :actor, :actor)""")
                .param("id", p.id()).param("person", p.personId()).param("start", p.startDate())
                .param("short", p.shortBreaks()).param("uasc", p.uasc()).param("ceased", p.uascCeasedOn())
                .param("actor", actor).update();
    }

    void insertEpisode(Episode e, String actor) {
        Placement pl = e.placement();
        jdbc.sql("""
                insert into care_episode (id, period_id, person_id, start_date, reason_new_episode, legal_status, category_of_need,
                    placement_type, placement_provider, urn, home_postcode, placement_postcode, intended_until_eighteen, created_by)
                values (:id, :period, :person, :start, :rne, :ls, :cin, :place, :provider, :urn, :home, :post, :long, :actor)""")
                .param("id", e.id()).param("period", e.periodId()).param("person", e.personId()).param("start", e.startDate())
                .param("rne", e.reasonForNewEpisode().code()).param("ls", e.legalStatus().code())
                .param("cin", e.categoryOfNeed().code()).param("place", pl.type().code()).param("provider", pl.provider().code())
                .param("urn", pl.urn()).param("home", e.homePostcode() == null ? null : e.homePostcode().value())
                .param("post", pl.postcode() == null ? null : pl.postcode().value()).param("long", pl.intendedUntilEighteen())
                .param("actor", actor).update();
    }

    void endEpisode(Episode e) {
        jdbc.sql("""
                update care_episode set end_date = :end, reason_ended = :rec, reason_placement_changed = :why where id = :id""")
                .param("end", e.endDate()).param("rec", e.reasonEnded().code())
                .param("why", e.reasonPlacementChanged() == null ? null : e.reasonPlacementChanged().code())
                .param("id", e.id()).update();
    }

    /** Writes a corrected episode's details and dates; its reasons (RNE, REC, why the placement ended) stay as recorded. */
    void correctEpisode(Episode e) {
        Placement pl = e.placement();
        jdbc.sql("""
                update care_episode set start_date = :start, legal_status = :ls, category_of_need = :cin, placement_type = :place,
                    placement_provider = :provider, urn = :urn, home_postcode = :home, placement_postcode = :post,
                    intended_until_eighteen = :long, end_date = :end
                where id = :id""")
                .param("start", e.startDate()).param("ls", e.legalStatus().code()).param("cin", e.categoryOfNeed().code())
                .param("place", pl.type().code()).param("provider", pl.provider().code()).param("urn", pl.urn())
                .param("home", e.homePostcode() == null ? null : e.homePostcode().value())
                .param("post", pl.postcode() == null ? null : pl.postcode().value()).param("long", pl.intendedUntilEighteen())
                .param("end", e.endDate()).param("id", e.id()).update();
    }

    /**
     * Bumps the period's version, ending it when {@code end} is given.
     *
     * @return false when the period's version is no longer {@code version}
     */
    boolean touchPeriod(UUID periodId, int version, LocalDate end, ReasonEpisodeCeased reason, String actor) {
        return jdbc.sql("""
                update period_of_care set end_date = coalesce(:end, end_date), reason_ceased = coalesce(:reason, reason_ceased),
                    version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version""")
                .param("end", end).param("reason", reason == null ? null : reason.code()).param("actor", actor)
                .param("id", periodId).param("version", version).update() == 1;
    }

    /** The child's periods of care, the earliest first, each with its episodes in date order. */
    List<PeriodOfCare> periodsOf(UUID personId) {
        return RowsByPerson.of(periodsOf(List.of(personId)), personId);
    }

    Optional<PeriodOfCare> period(UUID personId, UUID periodId) {
        return periodsOf(personId).stream().filter(p -> p.id().equals(periodId)).findFirst();
    }

    /** These children's periods of care in two queries, the earliest first; a child with none is absent. */
    Map<UUID, List<PeriodOfCare>> periodsOf(Collection<UUID> personIds) {
        Map<UUID, List<Episode>> episodes = new HashMap<>();
        RowsByPerson.query(jdbc, "select " + EPISODE_COLUMNS + " from care_episode where person_id = any(:persons) order by start_date",
                personIds, CareRepository::episode).values().forEach(list -> list.forEach(e ->
                episodes.computeIfAbsent(e.periodId(), k -> new ArrayList<>()).add(e)));
        return RowsByPerson.query(jdbc, "select " + PERIOD_COLUMNS + " from period_of_care where person_id = any(:persons) order by start_date",
                personIds, (rs, n) -> period(rs, episodes));
    }

    void insertReview(LookedAfterReview r, UUID personId, String actor) {
        jdbc.sql("""
                insert into looked_after_review (id, person_id, period_id, review_date, iro, participation, created_by)
                values (:id, :person, :period, :date, :iro, :pn, :actor)""")
                .param("id", r.id()).param("person", personId).param("period", r.periodId()).param("date", r.date())
                .param("iro", r.iro()).param("pn", r.participation().code()).param("actor", actor).update();
    }

    void insertVisit(LookedAfterVisit v, UUID personId, String actor) {
        jdbc.sql("""
                insert into looked_after_visit (id, person_id, period_id, visited_on, seen, seen_alone, childs_views, worker, created_by)
                values (:id, :person, :period, :on, :seen, :alone, :views, :worker, :actor)""")
                .param("id", v.id()).param("person", personId).param("period", v.periodId()).param("on", v.visitedOn())
                .param("seen", v.seen()).param("alone", v.seenAlone()).param("views", v.childsViews())
                .param("worker", v.worker()).param("actor", actor).update();
    }

    void insertHealthCheck(HealthCheck c, UUID personId, String actor) {
        jdbc.sql("""
                insert into looked_after_health_check (id, person_id, period_id, kind, check_date, created_by)
                values (:id, :person, :period, :kind, :date, :actor)""")
                .param("id", c.id()).param("person", personId).param("period", c.periodId()).param("kind", c.kind().code())
                .param("date", c.date()).param("actor", actor).update();
    }

    /** The child's reviews, the latest first. */
    List<LookedAfterReview> reviewsOf(UUID personId) {
        return jdbc.sql("select id, period_id, review_date, iro, participation from looked_after_review where person_id = :p "
                        + "order by review_date desc, created_at desc").param("p", personId)
                .query((rs, n) -> new LookedAfterReview(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        rs.getObject("review_date", LocalDate.class), rs.getString("iro"),
                        ReviewParticipation.of(rs.getString("participation")))).list();
    }

    /** The child's visits, the latest first. */
    List<LookedAfterVisit> visitsOf(UUID personId) {
        return jdbc.sql("select id, period_id, visited_on, seen, seen_alone, childs_views, worker from looked_after_visit "
                        + "where person_id = :p order by visited_on desc, created_at desc").param("p", personId)
                .query((rs, n) -> new LookedAfterVisit(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        rs.getObject("visited_on", LocalDate.class), rs.getBoolean("seen"), rs.getBoolean("seen_alone"),
                        rs.getString("childs_views"), rs.getString("worker"))).list();
    }

    /** The child's health assessments and dental checks, the latest first. */
    List<HealthCheck> healthChecksOf(UUID personId) {
        return jdbc.sql("select id, period_id, kind, check_date from looked_after_health_check where person_id = :p "
                        + "order by check_date desc, created_at desc").param("p", personId)
                .query((rs, n) -> new HealthCheck(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        HealthCheckKind.of(rs.getString("kind")), rs.getObject("check_date", LocalDate.class))).list();
    }

    /**
     * The timescale events of these children's care, in one query, in the order of the journey: each period's start
     * (became looked after, and its first placement), each later episode moving the child to another carer (a new
     * placement for reg 28), each placement recorded as intended to last until 18, each review, each visit at which
     * the child was seen, each health assessment and dental check, and each period's end. Short breaks are left out:
     * a child on short breaks has its own, lighter review regime (reg 48 modifications), not followed here yet.
     *
     * @return each child's events; a child with none is absent
     */
    Map<UUID, List<ChildEvent>> journeyEventsOf(Collection<UUID> childIds) {
        Map<UUID, List<ChildEvent>> events = new HashMap<>();
        jdbc.sql("""
                with care as (select id, person_id, start_date, end_date from period_of_care
                              where not short_breaks and person_id = any(:ids))
                select person_id, event, on_date, ref from (
                    select person_id, 'BECAME_LOOKED_AFTER' as event, start_date as on_date, 0 as step, id as ref from care
                    union all
                    select e.person_id, 'PLACEMENT_STARTED', e.start_date, 1, e.id from care_episode e join care c on c.id = e.period_id
                        where e.reason_new_episode in ('S', 'P', 'B')
                    union all
                    select e.person_id, 'PLACEMENT_INTENDED_TO_LAST_UNTIL_EIGHTEEN', e.start_date, 2, e.id
                        from care_episode e join care c on c.id = e.period_id where e.intended_until_eighteen
                    union all
                    select r.person_id, 'LOOKED_AFTER_REVIEW', r.review_date, 3, null from looked_after_review r join care c on c.id = r.period_id
                    union all
                    select v.person_id, 'LOOKED_AFTER_VISIT', v.visited_on, 3, null from looked_after_visit v join care c on c.id = v.period_id
                        where v.seen
                    union all
                    select h.person_id, h.kind, h.check_date, 3, null from looked_after_health_check h join care c on c.id = h.period_id
                    union all
                    select person_id, 'CEASED_LOOKED_AFTER', end_date, 4, id from care where end_date is not null
                ) e order by person_id, on_date, step""")
                .param("ids", UuidArray.of(childIds))
                .query(rs -> {
                    events.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                            .add(ChildEvent.on(EventType.valueOf(rs.getString("event")), rs.getObject("on_date", LocalDate.class))
                                    .from(rs.getObject("ref", UUID.class)));
                });
        return events;
    }

    private static PeriodOfCare period(ResultSet rs, Map<UUID, List<Episode>> episodes) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String reason = rs.getString("reason_ceased");
        return new PeriodOfCare(id, rs.getObject("person_id", UUID.class), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), reason == null ? null : ReasonEpisodeCeased.of(reason),
                rs.getBoolean("short_breaks"), rs.getBoolean("uasc"), rs.getObject("uasc_ceased_on", LocalDate.class),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                episodes.getOrDefault(id, List.of()));
    }

    private static Episode episode(ResultSet rs, int n) throws SQLException {
        String rec = rs.getString("reason_ended");
        String why = rs.getString("reason_placement_changed");
        String home = rs.getString("home_postcode");
        String post = rs.getString("placement_postcode");
        Placement placement = new Placement(PlacementType.of(rs.getString("placement_type")),
                PlacementProvider.of(rs.getString("placement_provider")), rs.getString("urn"),
                post == null ? null : new Postcode(post), rs.getBoolean("intended_until_eighteen"));
        return new Episode(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getObject("start_date", LocalDate.class),
                ReasonForNewEpisode.of(rs.getString("reason_new_episode")), LegalStatus.of(rs.getString("legal_status")),
                PrimaryNeed.of(rs.getString("category_of_need")), placement, home == null ? null : new Postcode(home),
                rs.getObject("end_date", LocalDate.class), rec == null ? null : ReasonEpisodeCeased.of(rec),
                why == null ? null : ReasonPlacementChanged.of(why));
    }
}
