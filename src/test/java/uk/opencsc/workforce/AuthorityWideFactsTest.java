package uk.opencsc.workforce;

import org.junit.jupiter.api.Test;
import uk.opencsc.audit.RecordChanged;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorityWideFactsTest {

    private final AtomicLong now = new AtomicLong();
    private final AuthorityWideFacts facts = new AuthorityWideFacts(now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private Integer read() {
        return reads.incrementAndGet();
    }

    private static RecordChanged aChange() {
        return new RecordChanged("allocation", UUID.randomUUID().toString(), UUID.randomUUID(), List.of());
    }

    @Test
    void aSetIsReadOnceWhileNothingChanges() {
        assertThat(facts.<Integer>get("held", this::read)).isEqualTo(1);
        assertThat(facts.<Integer>get("held", this::read)).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aCommittedChangeDropsEverySetKept() {
        facts.get("held", this::read);
        facts.changed(aChange());
        assertThat(facts.<Integer>get("held", this::read)).isEqualTo(2);
    }

    @Test
    void aSetReadWhileAChangeCommitsIsNotKept() {
        facts.get("held", () -> {
            facts.changed(aChange());
            return read();
        });
        assertThat(facts.<Integer>get("held", this::read)).isEqualTo(2);
    }

    @Test
    void aKeptSetIsReadAgainAfterAMinute() {
        facts.get("held", this::read);
        now.addAndGet(AuthorityWideFacts.KEEP_FOR.toNanos());
        assertThat(facts.<Integer>get("held", this::read)).isEqualTo(2);
    }
}
