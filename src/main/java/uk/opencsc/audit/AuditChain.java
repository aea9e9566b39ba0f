package uk.opencsc.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The hash chain over the audit log: each row's hash is SHA-256 of the previous row's hash and the
 * row's own fields, so changing, removing or reordering any row breaks every hash after it.
 * Removing rows from the end is not visible in the chain alone: keep the head ({@code audit verify}
 * prints it) somewhere the database's administrators cannot write.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static AuditEntry next(AuditEntry previous, Instant occurredAt, String actor, String action, UUID personId,
                           String subject, String details) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        return new AuditEntry(seq, at, actor, action, personId, subject, details, previousHash,
                hash(seq, at, actor, action, personId, subject, details, previousHash));
    }

    /** What is wrong with {@code entry} given the row before it, or empty if it follows on correctly. */
    static Optional<String> problem(AuditEntry previous, AuditEntry entry) {
        long expectedSeq = previous == null ? 1 : previous.seq() + 1;
        if (entry.seq() != expectedSeq) {
            return Optional.of("row " + expectedSeq + " is missing (found " + entry.seq() + " next)");
        }
        String expectedPrevious = previous == null ? GENESIS : previous.hash();
        if (!entry.previousHash().equals(expectedPrevious)) {
            return Optional.of("row " + entry.seq() + " does not follow row " + (entry.seq() - 1));
        }
        String recomputed = hash(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.personId(),
                entry.subject(), entry.details(), entry.previousHash());
        if (!recomputed.equals(entry.hash())) {
            return Optional.of("row " + entry.seq() + " has been altered");
        }
        return Optional.empty();
    }

    private static String hash(long seq, Instant at, String actor, String action, UUID personId, String subject,
                               String details, String previousHash) {
        // Fields are length-prefixed so no two different rows can produce the same input.
        StringBuilder input = new StringBuilder(previousHash);
        for (String field : new String[]{Long.toString(seq), at.toString(), actor, action,
                personId == null ? "" : personId.toString(), subject == null ? "" : subject, details}) {
            input.append('|').append(field.length()).append(':').append(field);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
