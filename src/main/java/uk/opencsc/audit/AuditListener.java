package uk.opencsc.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the events other modules publish into audit rows.
 * <p>
 * Deliberately a synchronous {@code @EventListener}, not an asynchronous module listener: a change's row is
 * written inside the publisher's transaction, so a change is never saved without its audit row; every other row
 * (a view, a search, an export, a sign-in) is committed before the publisher goes on ({@link AuditWriter}), so a
 * record is never shown if its view cannot be recorded.
 */
@Component
class AuditListener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLog log;
    private final AuditWriter writer;

    AuditListener(AuditLog log, AuditWriter writer) {
        this.log = log;
        this.writer = writer;
    }

    @EventListener
    void on(RecordViewed event) {
        writer.append(actor(), "VIEW", event.personId(), "person", json(Map.of("what", event.what())));
    }

    @EventListener
    void on(SearchPerformed event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("terms", new TreeMap<>(event.terms()));
        details.put("results", event.results());
        writer.append(actor(), "SEARCH", null, event.what(), json(details));
    }

    @EventListener
    void on(ExportPerformed event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("parameters", new TreeMap<>(event.parameters()));
        details.put("rows", event.rows());
        writer.append(actor(), "EXPORT", null, event.what(), json(details));
    }

    @EventListener
    void on(RecordChanged event) {
        List<Map<String, String>> changes = event.changes().stream().map(c -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", c.field());
            m.put("old", c.oldValue());
            m.put("new", c.newValue());
            return m;
        }).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", event.subjectId());
        details.put("changes", changes);
        log.append(actor(), "CHANGE", event.personId(), event.subject(), json(details));
    }

    @EventListener
    void on(AccessRefused event) {
        writer.append(actor(), "REFUSED", event.personId(), "person", json(Map.of("attempted", event.attempted())));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        writer.append(event.getAuthentication().getName(), "SIGN_IN", null, "session", json(Map.of()));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        // The name as typed is kept so repeated guessing at one account shows; the password never is.
        String typed = String.valueOf(event.getAuthentication().getName());
        writer.append(typed.isBlank() ? "(blank)" : typed, "SIGN_IN_FAILED", null, "session",
                json(Map.of("reason", event.getException().getClass().getSimpleName())));
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return "system:" + System.getProperty("user.name", "unknown");
        }
        return auth.getName();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
