package uk.opencsc.careleavers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
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
 * The care leaver tables: care_leaver (one row a young person, updated naming the version read), and the contacts,
 * accommodation, activity and pathway plan reviews, each a row that is added, never rewritten.
 */
@Repository
class CareLeaverRepository {

    private static final String COLUMNS = """
            person_id, category, category_from, pathway_plan_agreed_on, staying_put_from, staying_put_to,
            extended_support_requested_on, support_ended_on, version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    CareLeaverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CareLeaver> find(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from care_leaver where person_id = :p").param("p", personId)
                .query(CareLeaverRepository::careLeaver).optional();
    }

    /** @return false when the young person has a record already (someone recorded it meanwhile) */
    boolean insert(CareLeaver c, String actor) {
        return jdbc.sql("""
                insert into care_leaver (person_id, category, category_from, created_by, updated_by)
                values (:p, :category, :from, :actor, :actor) on conflict (person_id) do nothing""")
                .param("p", c.personId()).param("category", c.category().code()).param("from", c.categoryFrom())
                .param("actor", actor).update() == 1;
    }

    /** @return false when the record's version is no longer {@code version} */
    boolean update(CareLeaver c, int version, String actor) {
        return jdbc.sql("""
                update care_leaver set category = :category, category_from = :from, pathway_plan_agreed_on = :agreed,
                    staying_put_from = :spFrom, staying_put_to = :spTo, extended_support_requested_on = :extended,
                    support_ended_on = :ended, version = version + 1, updated_at = now(), updated_by = :actor
                where person_id = :p and version = :version""")
                .param("category", c.category().code()).param("from", c.categoryFrom()).param("agreed", c.pathwayPlanAgreedOn())
                .param("spFrom", c.stayingPutFrom()).param("spTo", c.stayingPutTo()).param("extended", c.extendedSupportRequestedOn())
                .param("ended", c.supportEndedOn()).param("actor", actor).param("p", c.personId()).param("version", version)
                .update() == 1;
    }

    void insertContact(CareLeaverContact c, String actor) {
        jdbc.sql("""
                insert into care_leaver_contact (id, person_id, contact_date, in_touch, method, notes, created_by)
                values (:id, :p, :date, :inTouch, :method, :notes, :actor)""")
                .param("id", c.id()).param("p", c.personId()).param("date", c.date()).param("inTouch", c.inTouch().code())
                .param("method", c.method().code()).param("notes", trimmed(c.notes())).param("actor", actor).update();
    }

    /** The young person's contacts, the latest first. */
    List<CareLeaverContact> contactsOf(UUID personId) {
        return jdbc.sql("""
                select id, person_id, contact_date, in_touch, method, notes, created_by from care_leaver_contact
                where person_id = :p order by contact_date desc, created_at desc""")
                .param("p", personId).query((rs, n) -> new CareLeaverContact(rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getObject("contact_date", LocalDate.class),
                        InTouch.of(rs.getString("in_touch")), ContactMethod.of(rs.getString("method")), rs.getString("notes"),
                        rs.getString("created_by"))).list();
    }

    void insertAccommodation(CareLeaverAccommodation a, String actor) {
        jdbc.sql("""
                insert into care_leaver_accommodation (id, person_id, from_date, accommodation, suitable, created_by)
                values (:id, :p, :from, :type, :suitable, :actor)""")
                .param("id", a.id()).param("p", a.personId()).param("from", a.from()).param("type", a.type().code())
                .param("suitable", a.suitable()).param("actor", actor).update();
    }

    /** The young person's accommodation, the latest first. */
    List<CareLeaverAccommodation> accommodationOf(UUID personId) {
        return jdbc.sql("""
                select id, person_id, from_date, accommodation, suitable from care_leaver_accommodation
                where person_id = :p order by from_date desc, created_at desc""")
                .param("p", personId).query((rs, n) -> new CareLeaverAccommodation(rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getObject("from_date", LocalDate.class),
                        AccommodationType.of(rs.getString("accommodation")), rs.getBoolean("suitable"))).list();
    }

    void insertActivity(CareLeaverActivity a, String actor) {
        jdbc.sql("""
                insert into care_leaver_activity (id, person_id, from_date, activity, created_by)
                values (:id, :p, :from, :activity, :actor)""")
                .param("id", a.id()).param("p", a.personId()).param("from", a.from()).param("activity", a.activity().code())
                .param("actor", actor).update();
    }

    /** The young person's activity, the latest first. */
    List<CareLeaverActivity> activityOf(UUID personId) {
        return jdbc.sql("""
                select id, person_id, from_date, activity from care_leaver_activity
                where person_id = :p order by from_date desc, created_at desc""")
                .param("p", personId).query((rs, n) -> new CareLeaverActivity(rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getObject("from_date", LocalDate.class),
                        Activity.of(rs.getString("activity")))).list();
    }

    void insertReview(PathwayPlanReview r, String actor) {
        jdbc.sql("""
                insert into pathway_plan_review (id, person_id, review_date, attended, views, created_by)
                values (:id, :p, :date, :attended, :views, :actor)""")
                .param("id", r.id()).param("p", r.personId()).param("date", r.date()).param("attended", r.attended().trim())
                .param("views", trimmed(r.views())).param("actor", actor).update();
    }

    /** The young person's pathway plan reviews, the latest first. */
    List<PathwayPlanReview> reviewsOf(UUID personId) {
        return jdbc.sql("""
                select id, person_id, review_date, attended, views from pathway_plan_review
                where person_id = :p order by review_date desc, created_at desc""")
                .param("p", personId).query((rs, n) -> new PathwayPlanReview(rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class), rs.getObject("review_date", LocalDate.class),
                        rs.getString("attended"), rs.getString("views"))).list();
    }

    /**
     * The timescale events of these young people's pathway plans, in one query: the plan agreed, each review, and
     * support ending. Listed in the order of the journey, a review on the day support ends before the end.
     *
     * @return each young person's events; one with none is absent
     */
    Map<UUID, List<ChildEvent>> journeyEventsOf(Collection<UUID> personIds) {
        Map<UUID, List<ChildEvent>> events = new HashMap<>();
        jdbc.sql("""
                select person_id, event, on_date from (
                    select person_id, 'PATHWAY_PLAN_AGREED' as event, pathway_plan_agreed_on as on_date, 0 as step
                        from care_leaver where pathway_plan_agreed_on is not null and person_id = any(:ids)
                    union all
                    select person_id, 'PATHWAY_PLAN_REVIEW', review_date, 1 from pathway_plan_review where person_id = any(:ids)
                    union all
                    select person_id, 'LEAVING_CARE_SUPPORT_ENDED', support_ended_on, 2
                        from care_leaver where support_ended_on is not null and person_id = any(:ids)
                ) e order by person_id, on_date, step""")
                .param("ids", UuidArray.of(personIds))
                .query(rs -> {
                    UUID person = rs.getObject("person_id", UUID.class);
                    events.computeIfAbsent(person, id -> new ArrayList<>())
                            .add(ChildEvent.on(EventType.valueOf(rs.getString("event")), rs.getObject("on_date", LocalDate.class))
                                    .from(person));
                });
        return events;
    }

    private static CareLeaver careLeaver(ResultSet rs, int n) throws SQLException {
        return new CareLeaver(rs.getObject("person_id", UUID.class), EligibilityCategory.of(rs.getString("category")),
                rs.getObject("category_from", LocalDate.class), rs.getObject("pathway_plan_agreed_on", LocalDate.class),
                rs.getObject("staying_put_from", LocalDate.class), rs.getObject("staying_put_to", LocalDate.class),
                rs.getObject("extended_support_requested_on", LocalDate.class), rs.getObject("support_ended_on", LocalDate.class),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
