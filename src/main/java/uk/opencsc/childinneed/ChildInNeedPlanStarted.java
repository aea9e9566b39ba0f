package uk.opencsc.childinneed;

import java.time.LocalDate;
import java.util.UUID;

/** A child in need plan started within the CIN episode {@code referralId}. */
public record ChildInNeedPlanStarted(UUID planId, UUID personId, UUID referralId, LocalDate startDate, String leadWorker) {
}
