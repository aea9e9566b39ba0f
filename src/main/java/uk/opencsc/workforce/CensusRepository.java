package uk.opencsc.workforce;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.opencsc.platform.validation.CodeList;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The census's own tables (worker_census_details, worker_absence, team_establishment) and the census-date facts it reads from the workforce's. */
@Repository
class CensusRepository {

    private final JdbcClient jdbc;

    CensusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CensusDetails> details(UUID userId) {
        return jdbc.sql("select * from worker_census_details where user_id = :u").param("u", userId).query(CensusRepository::details).optional();
    }

    List<CensusDetails> allDetails() {
        return jdbc.sql("select * from worker_census_details").query(CensusRepository::details).list();
    }

    void insertDetails(CensusDetails d, String actor) {
        jdbc.sql("""
                        insert into worker_census_details (user_id, born_on, gender, ethnicity, qualification_institution, qualification_level,
                            step_up_graduate, frontline_graduate, org_role, start_origin, leaver_destination, kss_status, created_by, updated_by)
                        values (:user, :born, :gender, :ethnicity, :inst, :level, :stepUp, :frontline, :role, :origin, :destination, :kss,
                            :actor, :actor)""")
                .params(params(d)).param("actor", actor).update();
    }

    /** @return false when the details' version is no longer {@code version} */
    boolean updateDetails(CensusDetails d, int version, String actor) {
        return jdbc.sql("""
                        update worker_census_details set born_on = :born, gender = :gender, ethnicity = :ethnicity,
                            qualification_institution = :inst, qualification_level = :level, step_up_graduate = :stepUp,
                            frontline_graduate = :frontline, org_role = :role, start_origin = :origin, leaver_destination = :destination,
                            kss_status = :kss, version = version + 1, updated_at = now(), updated_by = :actor
                        where user_id = :user and version = :version""")
                .params(params(d)).param("actor", actor).param("version", version).update() == 1;
    }

    List<Absence> absences(UUID userId) {
        return jdbc.sql("select * from worker_absence where user_id = :u order by first_day desc, id").param("u", userId)
                .query(CensusRepository::absence).list();
    }

    Optional<Absence> absence(UUID id) {
        return jdbc.sql("select * from worker_absence where id = :id").param("id", id).query(CensusRepository::absence).optional();
    }

    /** Every absence that overlaps the days from {@code from} to {@code to}, by worker. */
    Map<UUID, List<Absence>> absencesBetween(LocalDate from, LocalDate to) {
        Map<UUID, List<Absence>> byWorker = new HashMap<>();
        jdbc.sql("select * from worker_absence where first_day <= :to and (last_day is null or last_day >= :from)")
                .param("from", from).param("to", to).query(CensusRepository::absence).list()
                .forEach(a -> byWorker.computeIfAbsent(a.userId(), k -> new java.util.ArrayList<>()).add(a));
        return byWorker;
    }

    void insertAbsence(Absence a, String actor) {
        jdbc.sql("""
                        insert into worker_absence (id, user_id, reason, first_day, last_day, working_days_lost, created_by, updated_by)
                        values (:id, :user, :reason, :first, :last, :days, :actor, :actor)""")
                .params(params(a)).param("actor", actor).update();
    }

    /** @return false when the absence's version is no longer {@code version} */
    boolean updateAbsence(Absence a, int version, String actor) {
        return jdbc.sql("""
                        update worker_absence set reason = :reason, first_day = :first, last_day = :last, working_days_lost = :days,
                            version = version + 1, updated_at = now(), updated_by = :actor
                        where id = :id and version = :version""")
                .params(params(a)).param("actor", actor).param("version", version).update() == 1;
    }

    /** A team's funded posts from a day until its next row. */
    record Funding(UUID teamId, LocalDate fundedFrom, BigDecimal fundedFte, int version, java.time.Instant updatedAt, String updatedBy) {
    }

    /** The team's funding rows, latest first. */
    List<Funding> funding(UUID teamId) {
        return jdbc.sql("select * from team_establishment where team_id = :t order by funded_from desc").param("t", teamId)
                .query(CensusRepository::funding).list();
    }

    /** Each team's funded posts on {@code day}: its latest row from on or before it. */
    Map<UUID, BigDecimal> fundedOn(LocalDate day) {
        Map<UUID, BigDecimal> funded = new HashMap<>();
        jdbc.sql("select distinct on (team_id) team_id, funded_fte from team_establishment where funded_from <= :d order by team_id, funded_from desc")
                .param("d", day).query(rs -> {
                    funded.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                });
        return funded;
    }

    void insertFunding(UUID teamId, LocalDate from, BigDecimal fte, String actor) {
        jdbc.sql("insert into team_establishment (team_id, funded_from, funded_fte, created_by, updated_by) values (:t, :f, :fte, :a, :a)")
                .param("t", teamId).param("f", from).param("fte", fte).param("a", actor).update();
    }

    /** @return false when the row's version is no longer {@code version} */
    boolean updateFunding(UUID teamId, LocalDate from, BigDecimal fte, int version, String actor) {
        return jdbc.sql("""
                        update team_establishment set funded_fte = :fte, version = version + 1, updated_at = now(), updated_by = :a
                        where team_id = :t and funded_from = :f and version = :v""")
                .param("t", teamId).param("f", from).param("fte", fte).param("a", actor).param("v", version).update() == 1;
    }

    /** Every user with an employment record (the census picks whom it counts). */
    List<WorkforceRepository.Worker> employedWorkers() {
        return jdbc.sql(WorkforceRepository.WORKER_SELECT + " where e.user_id is not null").query(WorkforceRepository::worker).list();
    }

    /** The children each worker held on {@code day}: allocations run from allocated_on (inclusive) to ended_on (exclusive). */
    Map<UUID, Integer> casesOn(LocalDate day) {
        Map<UUID, Integer> cases = new HashMap<>();
        jdbc.sql("""
                        select worker_user_id, count(distinct person_id) from allocation
                        where allocated_on <= :d and (ended_on is null or ended_on > :d) group by worker_user_id""")
                .param("d", day).query(rs -> {
                    cases.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return cases;
    }

    /**
     * Each worker's team on {@code day} by their team history; a worker with no history at all is taken to have
     * always been in their present team.
     */
    Map<UUID, UUID> teamsOn(LocalDate day) {
        Map<UUID, UUID> teams = new HashMap<>();
        jdbc.sql("""
                        select u.id, coalesce(h.team_id, case when not exists (select 1 from worker_team_history x where x.user_id = u.id)
                                                              then u.team_id end)
                        from app_user u left join worker_team_history h
                            on h.user_id = u.id and h.from_date <= :d and (h.to_date is null or h.to_date > :d)""")
                .param("d", day).query(rs -> {
                    UUID team = rs.getObject(2, UUID.class);
                    if (team != null) teams.put(rs.getObject(1, UUID.class), team);
                });
        return teams;
    }

    private static Map<String, Object> params(CensusDetails d) {
        Map<String, Object> p = new HashMap<>();
        p.put("user", d.userId());
        p.put("born", d.bornOn());
        p.put("gender", code(d.gender()));
        p.put("ethnicity", code(d.ethnicity()));
        p.put("inst", d.qualificationInstitution());
        p.put("level", code(d.qualificationLevel()));
        p.put("stepUp", d.stepUpGraduate());
        p.put("frontline", d.frontlineGraduate());
        p.put("role", code(d.orgRole()));
        p.put("origin", code(d.startOrigin()));
        p.put("destination", code(d.leaverDestination()));
        p.put("kss", code(d.kssStatus()));
        return p;
    }

    private static Map<String, Object> params(Absence a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("user", a.userId());
        p.put("reason", a.reason().code());
        p.put("first", a.firstDay());
        p.put("last", a.lastDay());
        p.put("days", a.workingDaysLost());
        return p;
    }

    private static String code(CodeList c) {
        return c == null ? null : c.code();
    }

    private static CensusDetails details(ResultSet rs, int n) throws SQLException {
        return new CensusDetails(rs.getObject("user_id", UUID.class), rs.getObject("born_on", LocalDate.class),
                CodeList.fromOptionalCode(WorkerGender.class, "gender", rs.getString("gender")),
                CodeList.fromOptionalCode(WorkerEthnicity.class, "ethnicity", rs.getString("ethnicity")),
                rs.getString("qualification_institution"),
                CodeList.fromOptionalCode(QualificationLevel.class, "qualificationLevel", rs.getString("qualification_level")),
                rs.getObject("step_up_graduate", Boolean.class), rs.getObject("frontline_graduate", Boolean.class),
                CodeList.fromOptionalCode(OrgRole.class, "orgRole", rs.getString("org_role")),
                CodeList.fromOptionalCode(StartOrigin.class, "startOrigin", rs.getString("start_origin")),
                CodeList.fromOptionalCode(LeaverDestination.class, "leaverDestination", rs.getString("leaver_destination")),
                CodeList.fromOptionalCode(KssStatus.class, "kssStatus", rs.getString("kss_status")),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static Absence absence(ResultSet rs, int n) throws SQLException {
        return new Absence(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                CodeList.fromCode(AbsenceReason.class, "reason", rs.getString("reason")), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), rs.getBigDecimal("working_days_lost"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static Funding funding(ResultSet rs, int n) throws SQLException {
        return new Funding(rs.getObject("team_id", UUID.class), rs.getObject("funded_from", LocalDate.class), rs.getBigDecimal("funded_fte"),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
