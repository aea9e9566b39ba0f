package uk.opencsc.chronology;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.opencsc.support.IntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The chronology is built from events, and building it twice from the same event changes nothing. */
@IntegrationTest
class ChronologyListenerTest {

    // the listener only hands the event to the repository; called directly, so retries are tested without waiting
    @Autowired ChronologyRepository chronology;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    // the chronology table has no foreign key to person: journey modules' events may name any child id
    final UUID child = UUID.randomUUID();

    String summaryOf(UUID eventId) {
        return jdbc.sql("select summary from chronology_entry where source_event_id = :id").param("id", eventId).query(String.class).single();
    }

    long entries() {
        return jdbc.sql("select count(*) from chronology_entry where person_id = :p").param("p", child).query(Long.class).single();
    }

    @Test
    void a_significant_event_published_in_a_transaction_becomes_one_entry_after_commit() {
        SignificantEvent decided = SignificantEvent.of(child, Instant.parse("2026-03-02T10:15:00Z"), ChronologyKind.CONTACT,
                "Contact decided: referral to children's social care", "/children/" + child + "/contacts/1", "frontdoor");
        transaction.executeWithoutResult(status -> events.publishEvent(decided));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> entries() == 1);
        assertThat(summaryOf(decided.id())).isEqualTo("Contact decided: referral to children's social care");
    }

    @Test
    void the_same_event_handled_twice_makes_one_entry() {
        SignificantEvent accepted = SignificantEvent.of(child, Instant.parse("2026-03-03T09:00:00Z"), ChronologyKind.REFERRAL,
                "Referral accepted", null, "frontdoor");
        chronology.record(accepted);
        chronology.record(accepted);
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void a_later_revision_replaces_the_entry_and_an_earlier_one_arriving_late_is_ignored() {
        SignificantEvent first = SignificantEvent.of(child, Instant.parse("2026-03-03T09:00:00Z"), ChronologyKind.CASE_NOTE,
                "Visit: first wording", null, "chronology");
        SignificantEvent corrected = first.revised(Instant.parse("2026-03-03T08:30:00Z"), ChronologyKind.CASE_NOTE, "Visit: corrected wording");
        chronology.record(corrected);
        chronology.record(first);
        assertThat(entries()).isEqualTo(1);
        assertThat(summaryOf(first.id())).isEqualTo("Visit: corrected wording");
    }

    @Test
    void the_tables_accept_every_chronology_kind_and_case_note_type_the_code_knows() {
        String kinds = jdbc.sql("select string_agg(pg_get_constraintdef(oid), ' ') from pg_constraint where conrelid = 'chronology_entry'::regclass")
                .query(String.class).single();
        String types = jdbc.sql("select string_agg(pg_get_constraintdef(oid), ' ') from pg_constraint where conrelid = 'case_note'::regclass")
                .query(String.class).single();
        for (ChronologyKind kind : ChronologyKind.values()) {
            assertThat(kinds).contains("'" + kind.code() + "'");
        }
        for (CaseNoteType type : CaseNoteType.values()) {
            assertThat(types).contains("'" + type.code() + "'");
        }
    }

    @Test
    void an_event_links_only_to_a_page_within_opencsc() {
        assertThatThrownBy(() -> SignificantEvent.of(child, Instant.now(), ChronologyKind.CONTACT, "Contact",
                "https://example.com/x", "frontdoor")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("link");
    }
}
