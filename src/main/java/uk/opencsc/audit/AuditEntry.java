package uk.opencsc.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit log.
 *
 * @param seq          position in the chain, from 1 with no gaps
 * @param occurredAt   truncated to microseconds, as PostgreSQL keeps it, so the hash survives a round trip
 * @param details      JSON text, hashed exactly as stored
 * @param previousHash the hash of row {@code seq - 1}, or {@link AuditChain#GENESIS} for the first row
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, UUID personId, String subject,
                         String details, String previousHash, String hash) {
}
