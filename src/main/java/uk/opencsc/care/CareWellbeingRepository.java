package uk.opencsc.care;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.care.Wellbeing.Conviction;
import uk.opencsc.care.Wellbeing.Education;
import uk.opencsc.care.Wellbeing.ImmunisationCheck;
import uk.opencsc.care.Wellbeing.PepMeeting;
import uk.opencsc.care.Wellbeing.Sdq;
import uk.opencsc.care.Wellbeing.SubstanceMisuse;
import uk.opencsc.platform.database.RowsByPerson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The wellbeing tables: looked_after_immunisation_check, looked_after_sdq, looked_after_substance_misuse,
 * looked_after_conviction, looked_after_education (one row per child, optimistic-locked on its version) and
 * personal_education_plan_meeting. Each list reads many children in one query, for the 903 return.
 */
@Repository
class CareWellbeingRepository {

    private final JdbcClient jdbc;

    CareWellbeingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertImmunisationCheck(ImmunisationCheck c, UUID personId, String actor) {
        jdbc.sql("""
                insert into looked_after_immunisation_check (id, person_id, period_id, checked_on, up_to_date, created_by)
                values (:id, :person, :period, :on, :ok, :actor)""")
                .param("id", c.id()).param("person", personId).param("period", c.periodId()).param("on", c.checkedOn())
                .param("ok", c.upToDate()).param("actor", actor).update();
    }

    void insertSdq(Sdq s, UUID personId, String actor) {
        jdbc.sql("""
                insert into looked_after_sdq (id, person_id, period_id, sdq_date, score, reason_not_done, created_by)
                values (:id, :person, :period, :on, :score, :reason, :actor)""")
                .param("id", s.id()).param("person", personId).param("period", s.periodId()).param("on", s.date())
                .param("score", s.score()).param("reason", s.reasonNotDone() == null ? null : s.reasonNotDone().code())
                .param("actor", actor).update();
    }

    void insertSubstanceMisuse(SubstanceMisuse s, UUID personId, String actor) {
        jdbc.sql("""
                insert into looked_after_substance_misuse (id, person_id, period_id, identified_on, intervention_received,
                    intervention_offered, created_by)
                values (:id, :person, :period, :on, :received, :offered, :actor)""")
                .param("id", s.id()).param("person", personId).param("period", s.periodId()).param("on", s.identifiedOn())
                .param("received", s.interventionReceived()).param("offered", s.interventionOffered()).param("actor", actor).update();
    }

    void insertConviction(Conviction c, UUID personId, String actor) {
        jdbc.sql("""
                insert into looked_after_conviction (id, person_id, period_id, decided_on, offence, outcome, created_by)
                values (:id, :person, :period, :on, :offence, :outcome, :actor)""")
                .param("id", c.id()).param("person", personId).param("period", c.periodId()).param("on", c.decidedOn())
                .param("offence", c.offence()).param("outcome", c.outcome().code()).param("actor", actor).update();
    }

    void insertPepMeeting(PepMeeting m, UUID personId, String actor) {
        jdbc.sql("""
                insert into personal_education_plan_meeting (id, person_id, period_id, meeting_date, review, targets, created_by)
                values (:id, :person, :period, :on, :review, :targets, :actor)""")
                .param("id", m.id()).param("person", personId).param("period", m.periodId()).param("on", m.date())
                .param("review", m.review()).param("targets", m.targets()).param("actor", actor).update();
    }

    /**
     * Saves the child's education details, the first time (version 0) or over the version read.
     *
     * @return false when someone saved another version meanwhile
     */
    boolean saveEducation(UUID personId, int version, Education e, String actor) {
        String yearGroup = e.yearGroup() == null ? null : e.yearGroup().code();
        if (version == 0) {
            return jdbc.sql("""
                    insert into looked_after_education (person_id, school_name, school_urn, year_group, sen_status,
                        virtual_school_contact, version, updated_by)
                    values (:person, :name, :urn, :year, :sen, :contact, 1, :actor) on conflict (person_id) do nothing""")
                    .param("person", personId).param("name", e.schoolName()).param("urn", e.schoolUrn()).param("year", yearGroup)
                    .param("sen", e.senStatus().code()).param("contact", e.virtualSchoolContact()).param("actor", actor).update() == 1;
        }
        return jdbc.sql("""
                update looked_after_education set school_name = :name, school_urn = :urn, year_group = :year, sen_status = :sen,
                    virtual_school_contact = :contact, version = version + 1, updated_at = now(), updated_by = :actor
                where person_id = :person and version = :version""")
                .param("person", personId).param("name", e.schoolName()).param("urn", e.schoolUrn()).param("year", yearGroup)
                .param("sen", e.senStatus().code()).param("contact", e.virtualSchoolContact()).param("actor", actor)
                .param("version", version).update() == 1;
    }

    Optional<Education> educationOf(UUID personId) {
        return jdbc.sql("""
                select school_name, school_urn, year_group, sen_status, virtual_school_contact, version, updated_at, updated_by
                from looked_after_education where person_id = :p""").param("p", personId)
                .query((rs, n) -> {
                    String year = rs.getString("year_group");
                    return new Education(rs.getString("school_name"), rs.getString("school_urn"), year == null ? null : YearGroup.of(year),
                            SenStatus.of(rs.getString("sen_status")), rs.getString("virtual_school_contact"), rs.getInt("version"),
                            rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
                }).optional();
    }

    /** These children's immunisation checks, the latest first; a child with none is absent. */
    Map<UUID, List<ImmunisationCheck>> immunisationChecksOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select person_id, id, period_id, checked_on, up_to_date from looked_after_immunisation_check "
                        + "where person_id = any(:persons) order by checked_on desc, created_at desc", personIds,
                (rs, n) -> new ImmunisationCheck(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        rs.getObject("checked_on", LocalDate.class), rs.getBoolean("up_to_date")));
    }

    /** These children's SDQs, the latest first. */
    Map<UUID, List<Sdq>> sdqsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select person_id, id, period_id, sdq_date, score, reason_not_done from looked_after_sdq "
                + "where person_id = any(:persons) order by sdq_date desc, created_at desc", personIds, CareWellbeingRepository::sdq);
    }

    /** These children's substance misuse records, the latest first. */
    Map<UUID, List<SubstanceMisuse>> substanceMisuseOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select person_id, id, period_id, identified_on, intervention_received, intervention_offered "
                        + "from looked_after_substance_misuse where person_id = any(:persons) order by identified_on desc, created_at desc",
                personIds, (rs, n) -> new SubstanceMisuse(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        rs.getObject("identified_on", LocalDate.class), rs.getBoolean("intervention_received"),
                        rs.getObject("intervention_offered", Boolean.class)));
    }

    /** These children's convictions, cautions, final warnings and reprimands, the latest first. */
    Map<UUID, List<Conviction>> convictionsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select person_id, id, period_id, decided_on, offence, outcome from looked_after_conviction "
                        + "where person_id = any(:persons) order by decided_on desc, created_at desc", personIds,
                (rs, n) -> new Conviction(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("offence"), OffenceOutcome.of(rs.getString("outcome"))));
    }

    /** These children's PEP meetings, the latest first. */
    Map<UUID, List<PepMeeting>> pepMeetingsOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select person_id, id, period_id, meeting_date, review, targets from personal_education_plan_meeting "
                        + "where person_id = any(:persons) order by meeting_date desc, created_at desc", personIds,
                (rs, n) -> new PepMeeting(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        rs.getObject("meeting_date", LocalDate.class), rs.getBoolean("review"), rs.getString("targets")));
    }

    /** These children's health assessments and dental checks (care's table), the latest first. */
    Map<UUID, List<HealthCheck>> healthChecksOf(Collection<UUID> personIds) {
        return RowsByPerson.query(jdbc, "select person_id, id, period_id, kind, check_date from looked_after_health_check "
                        + "where person_id = any(:persons) order by check_date desc, created_at desc", personIds,
                (rs, n) -> new HealthCheck(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class),
                        HealthCheckKind.of(rs.getString("kind")), rs.getObject("check_date", LocalDate.class)));
    }

    private static Sdq sdq(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("reason_not_done");
        return new Sdq(rs.getObject("id", UUID.class), rs.getObject("period_id", UUID.class), rs.getObject("sdq_date", LocalDate.class),
                rs.getObject("score", Integer.class), reason == null ? null : SdqReason.of(reason));
    }
}
