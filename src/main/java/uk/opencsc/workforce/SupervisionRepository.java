package uk.opencsc.workforce;

import uk.opencsc.platform.database.UuidArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The supervision and supervision_discussion tables. Supervisions are recorded once and never changed. */
@Repository
class SupervisionRepository {

    private final JdbcClient jdbc;

    SupervisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One child's discussion in a supervision. */
    record Discussion(UUID id, UUID personId, String discussion, String decisions) {
    }

    /** A supervision as recorded, with the names of the worker and the supervisor. */
    record Supervision(UUID id, UUID workerUserId, String workerName, UUID supervisorUserId, String supervisorName, LocalDate heldOn,
                       String notes, int childrenDiscussed) {
    }

    void insert(UUID id, UUID workerUserId, UUID supervisorUserId, LocalDate heldOn, String notes, List<Discussion> discussions,
                String actor) {
        jdbc.sql("""
                        insert into supervision (id, worker_user_id, supervisor_user_id, held_on, notes, created_by)
                        values (:id, :w, :s, :on, :notes, :actor)""")
                .param("id", id).param("w", workerUserId).param("s", supervisorUserId).param("on", heldOn).param("notes", notes)
                .param("actor", actor).update();
        for (Discussion d : discussions) {
            jdbc.sql("""
                            insert into supervision_discussion (id, supervision_id, person_id, held_on, discussion, decisions)
                            values (:id, :s, :p, :on, :discussion, :decisions)""")
                    .param("id", d.id()).param("s", id).param("p", d.personId()).param("on", heldOn)
                    .param("discussion", d.discussion()).param("decisions", d.decisions()).update();
        }
    }

    private static final String SELECT = """
            select s.id, s.worker_user_id, w.display_name, s.supervisor_user_id, m.display_name, s.held_on, s.notes,
                   (select count(*) from supervision_discussion d where d.supervision_id = s.id)
            from supervision s join app_user w on w.id = s.worker_user_id join app_user m on m.id = s.supervisor_user_id
            """;

    Optional<Supervision> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SupervisionRepository::supervision).optional();
    }

    /** The worker's supervisions, latest first. */
    List<Supervision> ofWorker(UUID workerUserId) {
        return jdbc.sql(SELECT + " where s.worker_user_id = :w order by s.held_on desc, s.created_at desc")
                .param("w", workerUserId).query(SupervisionRepository::supervision).list();
    }

    List<Discussion> discussionsOf(UUID supervisionId) {
        return jdbc.sql("select id, person_id, discussion, decisions from supervision_discussion where supervision_id = :s")
                .param("s", supervisionId)
                .query((rs, n) -> new Discussion(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** A child's discussion with the supervision it was in. */
    record ChildDiscussion(Supervision supervision, Discussion discussion) {
    }

    /** Every supervision discussion about the child, latest first. */
    List<ChildDiscussion> discussionsAbout(UUID personId) {
        return jdbc.sql("""
                        select s.id, s.worker_user_id, w.display_name, s.supervisor_user_id, m.display_name, s.held_on, s.notes, 0,
                               d.id, d.person_id, d.discussion, d.decisions
                        from supervision_discussion d join supervision s on s.id = d.supervision_id
                             join app_user w on w.id = s.worker_user_id join app_user m on m.id = s.supervisor_user_id
                        where d.person_id = :p order by d.held_on desc, s.created_at desc""")
                .param("p", personId)
                .query((rs, n) -> new ChildDiscussion(supervision(rs, n), new Discussion(rs.getObject(9, UUID.class),
                        rs.getObject(10, UUID.class), rs.getString(11), rs.getString(12))))
                .list();
    }

    /** The day each of these workers was last supervised; a worker never supervised is absent. */
    Map<UUID, LocalDate> lastSupervised(Collection<UUID> workerIds) {
        Map<UUID, LocalDate> result = new HashMap<>();
        if (workerIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select worker_user_id, max(held_on) from supervision where worker_user_id = any(:w) group by worker_user_id")
                .param("w", UuidArray.of(workerIds))
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return result;
    }

    /** Every child discussed in a supervision on or after {@code since}. */
    Set<UUID> childrenDiscussedSince(LocalDate since) {
        return new HashSet<>(jdbc.sql("select distinct person_id from supervision_discussion where held_on >= :s")
                .param("s", since).query(UUID.class).list());
    }

    private static Supervision supervision(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Supervision(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8));
    }
}
