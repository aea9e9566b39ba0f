package uk.opencsc.worktray;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece of work waiting for a manager's authorisation.
 *
 * @param what        what it is, e.g. "Child and family assessment"
 * @param submittedOn when it was put forward
 * @param submittedBy who put it forward
 * @param link        the page where the manager authorises or returns it
 */
public record AwaitingAuthorisation(UUID childId, String what, LocalDate submittedOn, String submittedBy, String link) {

    public AwaitingAuthorisation {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(link, "link");
    }
}
