package uk.opencsc.platform.drafts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Server-side drafts of long forms in {@code form_draft}: one per signed-in user and form key
 * ({@code "assessment:<id>"}, {@code "case-note:<childId>"}), the form record as typed stored as JSON and replaced on
 * each save. Drafts are always the signed-in user's own: nobody reads or discards a colleague's. The caller checks
 * that the user may write the record the form changes before saving; see docs/drafts.md.
 */
@Repository
public class FormDrafts {

    // a form record that gained or lost a field since its draft was saved still loads what matches
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcClient jdbc;
    private final Clock clock;

    FormDrafts(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** A draft as saved: the form as typed and when. */
    public record Draft<T>(T form, Instant savedAt) {
    }

    /** Saves {@code form} as the signed-in user's draft of {@code formKey}, replacing any earlier one; returns when. */
    public Instant save(String formKey, Object form) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into form_draft (username, form_key, form, saved_at) values (:username, :key, :form, :now)
                        on conflict (username, form_key) do update set form = excluded.form, saved_at = excluded.saved_at""")
                .param("username", username()).param("key", formKey).param("form", JSON.writeValueAsString(form))
                .param("now", Timestamp.from(now)).update();
        return now;
    }

    /** The signed-in user's draft of {@code formKey}; empty when none, or when it no longer reads as {@code type}. */
    public <T> Optional<Draft<T>> find(String formKey, Class<T> type) {
        return jdbc.sql("select form, saved_at from form_draft where username = :username and form_key = :key")
                .param("username", username()).param("key", formKey)
                .query((rs, n) -> {
                    try {
                        return Optional.of(new Draft<>(JSON.readValue(rs.getString("form"), type), rs.getTimestamp("saved_at").toInstant()));
                    } catch (JacksonException e) {
                        return Optional.<Draft<T>>empty();
                    }
                })
                .optional().flatMap(d -> d);
    }

    /** Whether the signed-in user has a draft of {@code formKey}, whatever its shape. */
    public boolean exists(String formKey) {
        return jdbc.sql("select count(*) from form_draft where username = :username and form_key = :key")
                .param("username", username()).param("key", formKey).query(Long.class).single() > 0;
    }

    /** Deletes the signed-in user's draft of {@code formKey}: the form was saved for real, or the draft discarded. */
    public void discard(String formKey) {
        jdbc.sql("delete from form_draft where username = :username and form_key = :key")
                .param("username", username()).param("key", formKey).update();
    }

    /**
     * Deletes every user's draft of {@code formKey}: the record it would change can no longer be changed (an
     * authorised assessment), so a draft of it could never be saved.
     */
    public void discardEveryones(String formKey) {
        jdbc.sql("delete from form_draft where form_key = :key").param("key", formKey).update();
    }

    private static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("A draft belongs to a signed-in user");
        }
        return auth.getName();
    }
}
