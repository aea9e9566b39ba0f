package uk.opencsc.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static final Instant T = Instant.parse("2026-11-23T10:15:30.123456789Z");

    private final AuditEntry first = AuditChain.next(null, T, "sw.demo", "VIEW", UUID.randomUUID(), "person", "{\"what\":\"record\"}");
    private final AuditEntry second = AuditChain.next(first, T.plusSeconds(1), "sw.demo", "SEARCH", null, "children", "{}");
    private final AuditEntry third = AuditChain.next(second, T.plusSeconds(2), "tm.demo", "CHANGE", null, "person", "{}");

    @Test
    void an_untouched_chain_has_no_problems() {
        assertThat(AuditChain.problem(null, first)).isEmpty();
        assertThat(AuditChain.problem(first, second)).isEmpty();
        assertThat(AuditChain.problem(second, third)).isEmpty();
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void the_time_is_kept_to_the_microsecond_as_postgresql_stores_it() {
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30.123456Z"));
    }

    @Test
    void altering_any_field_of_a_row_is_detected() {
        AuditEntry altered = new AuditEntry(second.seq(), second.occurredAt(), "someone.else", second.action(), second.personId(),
                second.subject(), second.details(), second.previousHash(), second.hash());
        assertThat(AuditChain.problem(first, altered)).contains("row 2 has been altered");

        AuditEntry alteredDetails = new AuditEntry(second.seq(), second.occurredAt(), second.actor(), second.action(), second.personId(),
                second.subject(), "{\"x\":1}", second.previousHash(), second.hash());
        assertThat(AuditChain.problem(first, alteredDetails)).contains("row 2 has been altered");
    }

    @Test
    void a_removed_row_is_detected() {
        assertThat(AuditChain.problem(first, third)).contains("row 2 is missing (found 3 next)");
    }

    @Test
    void a_row_rewritten_with_a_fresh_hash_breaks_the_link_to_the_next_row() {
        AuditEntry forged = AuditChain.next(first, T.plusSeconds(1), "sw.demo", "SEARCH", null, "children", "{\"forged\":true}");
        assertThat(AuditChain.problem(first, forged)).isEmpty();
        assertThat(AuditChain.problem(forged, third)).contains("row 3 does not follow row 2");
    }

    @Test
    void fields_cannot_be_shifted_between_columns_to_keep_the_same_hash() {
        AuditEntry a = AuditChain.next(null, T, "ab", "c", null, "s", "{}");
        AuditEntry b = AuditChain.next(null, T, "a", "bc", null, "s", "{}");
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }
}
