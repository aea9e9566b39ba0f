package uk.opencsc.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.platform.database.RowsByPerson;
import uk.opencsc.platform.validation.CodeList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The child_and_family_assessment table. Updates name the version read (optimistic locking). */
@Repository
class AssessmentRepository {

    // the days the child was seen come with each row, oldest first, as two arrays of the same length
    private static final String COLUMNS = """
            id, person_id, referral_id, referral_date, start_date, author, worker,
            array(select s.seen_on from assessment_child_seen s where s.assessment_id = child_and_family_assessment.id order by s.seen_on) seen_on,
            array(select s.seen_alone from assessment_child_seen s where s.assessment_id = child_and_family_assessment.id order by s.seen_on) seen_alone,
            childs_words, factors, analysis, outcome, state, submitted_on, return_reason, authorised_by, rationale, authorisation_date,
            delay_reason, internal_review_date, version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ChildAndFamilyAssessment a, String actor) {
        jdbc.sql("""
                insert into child_and_family_assessment (id, person_id, referral_id, referral_date, start_date, author, worker,
                    state, created_by, updated_by)
                values (:id, :person, :referral, :referralDate, :start, :author, :worker, :state, :actor, :actor)""")
                .param("id", a.id()).param("person", a.personId()).param("referral", a.referralId())
                .param("referralDate", a.referralDate()).param("start", a.startDate()).param("author", a.author())
                .param("worker", a.worker()).param("state", a.state().name()).param("actor", actor).update();
    }

    /** @return false when the assessment's version is no longer {@code version} */
    boolean update(ChildAndFamilyAssessment a, int version, String actor) {
        boolean updated = jdbc.sql("""
                update child_and_family_assessment set worker = :worker, internal_review_date = :review,
                    childs_words = :words, factors = :factors, analysis = :analysis, outcome = :outcome, state = :state,
                    submitted_on = :submitted, return_reason = :returned, authorised_by = :by, rationale = :rationale,
                    authorisation_date = :authorised, delay_reason = :delay, version = version + 1, updated_at = now(),
                    updated_by = :actor
                where id = :id and version = :version""")
                .param("worker", a.worker()).param("review", a.internalReviewDate())
                .param("words", a.childsWords()).param("factors", codes(a))
                .param("analysis", a.analysis()).param("outcome", a.outcome() == null ? null : a.outcome().code())
                .param("state", a.state().name()).param("submitted", a.submittedOn()).param("returned", a.returnReason())
                .param("by", a.authorisedBy()).param("rationale", a.rationale()).param("authorised", a.authorisationDate())
                .param("delay", a.delayReason()).param("actor", actor).param("id", a.id()).param("version", version)
                .update() == 1;
        if (updated) {
            jdbc.sql("delete from assessment_child_seen where assessment_id = :id").param("id", a.id()).update();
            for (ChildSeen seen : a.childSeen()) {
                jdbc.sql("insert into assessment_child_seen (assessment_id, seen_on, seen_alone) values (:id, :on, :alone)")
                        .param("id", a.id()).param("on", seen.on()).param("alone", seen.alone()).update();
            }
        }
        return updated;
    }

    Optional<ChildAndFamilyAssessment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from child_and_family_assessment where id = :id").param("id", id)
                .query(AssessmentRepository::assessment).optional();
    }

    List<ChildAndFamilyAssessment> assessmentsOf(UUID personId) {
        return RowsByPerson.of(assessmentsOf(List.of(personId)), personId);
    }

    /** The assessments of these children submitted and not yet authorised or returned. */
    /** Every assessment waiting for authorisation: a few dozen in an authority, found by their own index. */
    List<ChildAndFamilyAssessment> submitted() {
        return jdbc.sql("select " + COLUMNS + " from child_and_family_assessment where state = 'SUBMITTED'")
                .query(AssessmentRepository::assessment).list();
    }

    Map<UUID, List<ChildAndFamilyAssessment>> assessmentsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select " + COLUMNS
                + " from child_and_family_assessment where person_id = any(:persons) order by start_date desc, created_at desc",
                personIds, AssessmentRepository::assessment);
    }

    static String[] codes(ChildAndFamilyAssessment a) {
        return a.factors().stream().map(CodeList::code).sorted().toArray(String[]::new);
    }

    private static ChildAndFamilyAssessment assessment(ResultSet rs, int n) throws SQLException {
        return new ChildAndFamilyAssessment(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("referral_id", UUID.class), rs.getObject("referral_date", LocalDate.class),
                rs.getObject("start_date", LocalDate.class), rs.getString("author"), rs.getString("worker"),
                childSeen(rs), rs.getString("childs_words"),
                Arrays.stream((String[]) rs.getArray("factors").getArray()).map(AssessmentFactor::of)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssessmentFactor.class))),
                rs.getString("analysis"), CodeList.fromOptionalCode(AssessmentOutcome.class, "outcome", rs.getString("outcome")),
                AssessmentState.valueOf(rs.getString("state")), rs.getObject("submitted_on", LocalDate.class),
                rs.getString("return_reason"), rs.getString("authorised_by"), rs.getString("rationale"),
                rs.getObject("authorisation_date", LocalDate.class), rs.getString("delay_reason"), rs.getObject("internal_review_date", LocalDate.class), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static List<ChildSeen> childSeen(ResultSet rs) throws SQLException {
        Object[] days = (Object[]) rs.getArray("seen_on").getArray();
        Boolean[] alone = (Boolean[]) rs.getArray("seen_alone").getArray();
        List<ChildSeen> seen = new ArrayList<>(days.length);
        for (int i = 0; i < days.length; i++) {
            seen.add(new ChildSeen(((java.sql.Date) days[i]).toLocalDate(), alone[i]));
        }
        return seen;
    }
}
