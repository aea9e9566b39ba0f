package uk.opencsc.chronology;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Case notes in table {@code case_note}; event times are stored as instants and read back in UK time. */
@Repository
class CaseNoteRepository {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private static final String COLUMNS = "id, person_id, type, occurred_at, subject, note_text, child_seen, seen_alone, childs_words, "
            + "decision, rationale, addendum_to, version, recorded_by, recorded_by_name, recorded_at, updated_by, updated_at";

    private final JdbcClient jdbc;

    CaseNoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID personId, CaseNoteDetails d, UUID addendumTo, String username, String name, Instant now) {
        jdbc.sql("""
                        insert into case_note (id, person_id, type, occurred_at, subject, note_text, child_seen, seen_alone, childs_words,
                                               decision, rationale, addendum_to, version, recorded_by, recorded_by_name, recorded_at, updated_by, updated_at)
                        values (:id, :personId, :type, :occurredAt, :subject, :text, :childSeen, :seenAlone, :childsWords,
                                :decision, :rationale, :addendumTo, 0, :username, :name, :now, :username, :now)""")
                .param("id", id).param("personId", personId).param("type", d.type().name())
                .param("occurredAt", Timestamp.from(d.occurredAt().atZone(UK).toInstant()))
                .param("subject", d.subject()).param("text", d.text()).param("childSeen", d.childSeen()).param("seenAlone", d.seenAlone())
                .param("childsWords", d.childsWords()).param("decision", d.decision()).param("rationale", d.rationale())
                .param("addendumTo", addendumTo).param("username", username).param("name", name).param("now", Timestamp.from(now))
                .update();
    }

    /** @return false when the note is no longer at {@code version} (someone saved it meanwhile): nothing is written */
    boolean update(UUID id, int version, CaseNoteDetails d, String username, Instant now) {
        return jdbc.sql("""
                        update case_note set type = :type, occurred_at = :occurredAt, subject = :subject, note_text = :text,
                               child_seen = :childSeen, seen_alone = :seenAlone, childs_words = :childsWords, decision = :decision,
                               rationale = :rationale, version = version + 1, updated_by = :username, updated_at = :now
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("type", d.type().name())
                .param("occurredAt", Timestamp.from(d.occurredAt().atZone(UK).toInstant()))
                .param("subject", d.subject()).param("text", d.text()).param("childSeen", d.childSeen()).param("seenAlone", d.seenAlone())
                .param("childsWords", d.childsWords()).param("decision", d.decision()).param("rationale", d.rationale())
                .param("username", username).param("now", Timestamp.from(now))
                .update() == 1;
    }

    Optional<CaseNote> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from case_note where id = :id").param("id", id).query(CaseNoteRepository::note).optional();
    }

    /** The child's notes, newest event first; {@code type} null for all types. */
    List<CaseNote> ofChild(UUID personId, CaseNoteType type) {
        return jdbc.sql("select " + COLUMNS + " from case_note where person_id = :personId and (cast(:type as text) is null or type = :type) "
                        + "order by occurred_at desc, recorded_at desc")
                .param("personId", personId).param("type", type == null ? null : type.name())
                .query(CaseNoteRepository::note).list();
    }

    List<CaseNote> addendaTo(UUID noteId) {
        return jdbc.sql("select " + COLUMNS + " from case_note where addendum_to = :id order by recorded_at")
                .param("id", noteId).query(CaseNoteRepository::note).list();
    }

    private static CaseNote note(ResultSet rs, int row) throws SQLException {
        CaseNoteDetails details = new CaseNoteDetails(CaseNoteType.of(rs.getString("type")),
                rs.getTimestamp("occurred_at").toInstant().atZone(UK).toLocalDateTime(),
                rs.getString("subject"), rs.getString("note_text"), rs.getObject("child_seen", Boolean.class),
                rs.getObject("seen_alone", Boolean.class), rs.getString("childs_words"), rs.getString("decision"), rs.getString("rationale"));
        return new CaseNote(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), details,
                rs.getObject("addendum_to", UUID.class), rs.getInt("version"), rs.getString("recorded_by"), rs.getString("recorded_by_name"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
