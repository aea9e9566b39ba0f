package uk.opencsc.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.opencsc.access.Role;
import uk.opencsc.support.IntegrationTest;
import uk.opencsc.support.TestData;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditLogTest {

    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired AuditVerification verification;
    @Autowired MockMvc mvc;
    @Autowired TestData data;

    long rowsBy(String actor) {
        return jdbc.sql("select count(*) from audit_event where actor = :a").param("a", actor).query(Long.class).single();
    }

    @Test
    void the_database_refuses_to_update_an_audit_row() {
        events.publishEvent(new RecordViewed(UUID.randomUUID(), "record"));
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone.else' where seq = 1").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void the_database_refuses_to_delete_or_truncate_audit_rows() {
        events.publishEvent(new RecordViewed(UUID.randomUUID(), "record"));
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void a_row_altered_behind_the_applications_back_is_found_by_verification() {
        events.publishEvent(new RecordViewed(UUID.randomUUID(), "record"));
        events.publishEvent(new RecordViewed(UUID.randomUUID(), "record"));
        assertThat(verification.verify().intact()).isTrue();
        long seq = jdbc.sql("select max(seq) from audit_event").query(Long.class).single() - 1;
        // Only the table's owner can switch the guard off, as a database administrator could.
        tx.executeWithoutResult(s -> {
            jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
            jdbc.sql("update audit_event set actor = 'forger' where seq = :s").param("s", seq).update();
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
        });
        try {
            AuditVerification.Result result = verification.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problems()).contains("row " + seq + " has been altered");
        } finally {
            // Put the row back so the shared test database's chain is whole again for other tests.
            tx.executeWithoutResult(s -> {
                jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
                jdbc.sql("update audit_event set actor = 'system:' || :u where seq = :s")
                        .param("u", System.getProperty("user.name", "unknown")).param("s", seq).update();
                jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
            });
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    @Test
    void concurrent_appends_keep_one_unbroken_chain() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int j = 0; j < 25; j++) {
                    events.publishEvent(new SearchPerformed("children", Map.of("name", "x"), 0));
                }
            }));
        }
        for (Thread t : threads) t.join();
        AuditVerification.Result result = verification.verify();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void a_view_recorded_in_a_transaction_that_already_appended_a_change_is_appended_in_it_without_waiting_on_itself() {
        UUID child = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new RecordChanged("person", child.toString(), child, List.of()));
            events.publishEvent(new RecordViewed(child, "record"));
        });
        assertThat(jdbc.sql("select action from audit_event where person_id = :p order by seq").param("p", child)
                .query(String.class).list()).containsExactly("CHANGE", "VIEW");
        assertThat(verification.verify().problems()).isEmpty();
    }

    @Test
    void a_view_is_committed_before_the_page_goes_on_so_it_stays_recorded_when_the_viewing_transaction_rolls_back() {
        UUID child = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new RecordViewed(child, "record"));
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :p and action = 'VIEW'").param("p", child)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void signing_in_and_failing_to_sign_in_are_each_audited_once() throws Exception {
        UUID team = data.aTeam("Children in need and protection");
        String username = data.aUser(Role.SOCIAL_WORKER, team, null);

        mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'SIGN_IN_FAILED'")
                .param("a", username).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/sign-in").param("username", username).param("password", "demo").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'SIGN_IN'")
                .param("a", username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_administrator_searching_the_log_is_audited_once_and_a_download_once() throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        mvc.perform(get("/admin/audit").param("user", admin).with(user(admin).roles("ADMINISTRATOR")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'SEARCH' and subject = 'audit-log'")
                .param("a", admin).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/admin/audit.csv").param("user", admin).with(user(admin).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"audit-log.csv\""))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("seq,occurred_at,actor")));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and action = 'EXPORT' and subject = 'audit-log'")
                .param("a", admin).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_wrong_date_in_the_audit_search_is_named_in_the_error_summary() throws Exception {
        String admin = data.aUser(Role.ADMINISTRATOR, null, null);
        mvc.perform(get("/admin/audit").param("from.day", "31").param("from.month", "2").param("from.year", "2026")
                        .param("person", "not-an-id").with(user(admin).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#from\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("From date must be a real date")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#person\"")));
    }

    @Test
    void only_administrators_reach_the_audit_log() throws Exception {
        mvc.perform(get("/admin/audit").with(user("someone").roles("HEAD_OF_SERVICE"))).andExpect(status().isForbidden());
    }
}
