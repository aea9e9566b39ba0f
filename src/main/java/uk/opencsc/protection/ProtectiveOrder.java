package uk.opencsc.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An emergency protection order or police protection.
 *
 * @param endDate the last day it had effect (inclusive); null while in force or not recorded
 */
public record ProtectiveOrder(UUID id, UUID personId, ProtectiveOrderKind kind, LocalDate startDate, LocalDate endDate) {
}
