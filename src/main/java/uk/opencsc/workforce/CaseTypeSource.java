package uk.opencsc.workforce;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A module that knows which children are of one case type on a day: protection the children on a child protection
 * plan, child in need the children on a child in need plan, and (when it exists) care the looked after children.
 * Implemented in those modules, so the caseload weighting reads them without depending on them (they already sit
 * above the work tray, which depends on this module).
 */
public interface CaseTypeSource {

    CaseType caseType();

    /** Every child of this case type on {@code day}, in one query for the whole authority. */
    Set<UUID> childrenOn(LocalDate day);
}
