package uk.opencsc.assessment;

import java.time.LocalDate;

/**
 * A day the child was seen during the assessment, and whether alone. A child is often seen more than once: at
 * home, at school, alone once they trust the worker.
 */
public record ChildSeen(LocalDate on, boolean alone) {
}
