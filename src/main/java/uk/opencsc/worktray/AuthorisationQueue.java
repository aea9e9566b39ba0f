package uk.opencsc.worktray;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Work a module holds that waits for a manager's authorisation (a submitted assessment...): a team manager's tray
 * lists it for the team's children. Implemented by the module that owns the work.
 */
public interface AuthorisationQueue {

    /** What waits for authorisation among these children's records, in any order. */
    List<AwaitingAuthorisation> awaitingAuthorisation(Collection<UUID> childIds);
}
