package uk.opencsc.chronology;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Drafts of the case-note form in {@code case_note_draft}: one per worker and child, replaced on each save. */
@Repository
class DraftRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A draft as saved: the form as typed and when. */
    record Draft(CaseNoteForm form, Instant savedAt) {
    }

    void save(UUID personId, String username, CaseNoteForm form, Instant now) {
        jdbc.sql("""
                        insert into case_note_draft (person_id, username, form, saved_at) values (:personId, :username, :form, :now)
                        on conflict (person_id, username) do update set form = excluded.form, saved_at = excluded.saved_at""")
                .param("personId", personId).param("username", username).param("form", JSON.writeValueAsString(form))
                .param("now", Timestamp.from(now)).update();
    }

    Optional<Draft> find(UUID personId, String username) {
        return jdbc.sql("select form, saved_at from case_note_draft where person_id = :personId and username = :username")
                .param("personId", personId).param("username", username)
                .query((rs, n) -> new Draft(JSON.readValue(rs.getString("form"), CaseNoteForm.class), rs.getTimestamp("saved_at").toInstant()))
                .optional();
    }

    void delete(UUID personId, String username) {
        jdbc.sql("delete from case_note_draft where person_id = :personId and username = :username")
                .param("personId", personId).param("username", username).update();
    }
}
