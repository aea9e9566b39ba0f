package uk.opencsc.audit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class KeptUntilChangeTest {

    private final AtomicLong now = new AtomicLong();
    private final CommittedChanges changes = new CommittedChanges();
    private final KeptUntilChange<String, Integer> kept = new KeptUntilChange<>(changes, Duration.ofMinutes(1), 2, now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private Integer read() {
        return reads.incrementAndGet();
    }

    private void aChangeCommits() {
        changes.committed(new RecordChanged("allocation", UUID.randomUUID().toString(), UUID.randomUUID(), List.of()));
    }

    @Test
    void aValueIsReadOnceWhileNothingChanges() {
        assertThat(kept.get("held", this::read)).isEqualTo(1);
        assertThat(kept.get("held", this::read)).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aCommittedChangeDropsEveryValueKept() {
        kept.get("held", this::read);
        kept.get("waiting", this::read);
        aChangeCommits();
        assertThat(kept.get("held", this::read)).isEqualTo(3);
        assertThat(kept.get("waiting", this::read)).isEqualTo(4);
    }

    @Test
    void aValueReadWhileAChangeCommitsIsNotKept() {
        kept.get("held", () -> {
            aChangeCommits();
            return read();
        });
        assertThat(kept.get("held", this::read)).isEqualTo(2);
    }

    @Test
    void aKeptValueIsReadAgainAfterItsTime() {
        kept.get("held", this::read);
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(kept.get("held", this::read)).isEqualTo(2);
    }

    @Test
    void valuesBeyondTheGuardStartAfresh() {
        kept.get("a", this::read);
        kept.get("b", this::read);
        kept.get("c", this::read);
        assertThat(kept.get("a", this::read)).isEqualTo(4);
    }
}
