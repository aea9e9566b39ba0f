package uk.opencsc.audit;

import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/** Walks the whole audit chain and reports what is broken. */
@Service
public class AuditVerification {

    private final AuditLog log;

    AuditVerification(AuditLog log) {
        this.log = log;
    }

    /**
     * @param rows     how many rows were checked
     * @param head     the hash of the last row (keep it elsewhere to detect rows removed from the end)
     * @param problems each break found, in chain order (at most 100 listed)
     */
    public record Result(long rows, String head, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    public Result verify() {
        var state = new Object() {
            AuditEntry previous;
            long rows;
            final List<String> problems = new ArrayList<>();
        };
        log.forEachInOrder(entry -> {
            AuditChain.problem(state.previous, entry).ifPresent(p -> {
                if (state.problems.size() < 100) state.problems.add(p);
            });
            state.previous = entry;
            state.rows++;
        });
        return new Result(state.rows, state.previous == null ? AuditChain.GENESIS : state.previous.hash(), List.copyOf(state.problems));
    }
}
