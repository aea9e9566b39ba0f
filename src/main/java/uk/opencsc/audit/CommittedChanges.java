package uk.opencsc.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many changes to any record have committed in this application instance: every change publishes
 * {@link RecordChanged} (a bulk load too), so a value read when the count was N still holds while the count is N.
 * {@link KeptUntilChange} keeps values on that promise.
 */
@Component
public class CommittedChanges {

    private final AtomicLong count = new AtomicLong();

    public long count() {
        return count.get();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void committed(RecordChanged change) {
        count.incrementAndGet();
    }
}
