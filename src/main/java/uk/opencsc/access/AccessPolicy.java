package uk.opencsc.access;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Who may read and change a child's record. Plain Java so the rules can be tested from a table.
 * <ul>
 *   <li>A role reads its scope: its team's records, its service's teams' records, or all records.</li>
 *   <li>A restricted record is read only with an explicit, unexpired grant, whatever the role.</li>
 *   <li>Only roles that write records may change one, and only a record they may read.</li>
 *   <li>An account past its access expiry date (inspectors) reads nothing.</li>
 * </ul>
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * @param teamsOfService the teams of the user's service (used for the service scope)
     * @param grants         restricted records the user holds a live grant for
     */
    public static ReadScope readScope(SignedInUser user, Set<UUID> teamsOfService, Set<UUID> grants, LocalDate today) {
        if (user.expiredOn(today)) {
            return ReadScope.nothing();
        }
        return switch (user.role().readScope()) {
            case NONE -> new ReadScope(false, Set.of(), grants);
            case TEAM -> new ReadScope(false, user.teamId() == null ? Set.of() : Set.of(user.teamId()), grants);
            case SERVICE -> new ReadScope(false, teamsOfService, grants);
            case ALL -> new ReadScope(true, Set.of(), grants);
        };
    }

    public static boolean mayWrite(SignedInUser user, ReadScope scope, RecordFacts record) {
        return user.role().writesRecords() && scope.admits(record);
    }
}
