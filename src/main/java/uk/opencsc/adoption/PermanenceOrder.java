package uk.opencsc.adoption;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A special guardianship or child arrangements order made for the child.
 *
 * @param madeTo with whom: the special guardian(s), or the person(s) the child is to live with
 */
public record PermanenceOrder(UUID id, UUID personId, PermanenceOrderKind kind, LocalDate orderDate, String madeTo) {
}
