package uk.opencsc.access;

import java.util.Set;
import java.util.UUID;

/**
 * The children's records one user may read, in a form a search query can use:
 * {@code (not restricted and (all or responsible_team_id in teamIds)) or id in grantedRestricted}.
 *
 * @param all               every unrestricted record
 * @param teamIds           records of these responsible teams (ignored when {@code all})
 * @param grantedRestricted restricted records this user holds a live grant for
 */
public record ReadScope(boolean all, Set<UUID> teamIds, Set<UUID> grantedRestricted) {

    public ReadScope {
        teamIds = Set.copyOf(teamIds);
        grantedRestricted = Set.copyOf(grantedRestricted);
    }

    public static ReadScope nothing() {
        return new ReadScope(false, Set.of(), Set.of());
    }

    public boolean admits(RecordFacts record) {
        if (record.restricted()) {
            return grantedRestricted.contains(record.personId());
        }
        return all || (record.responsibleTeamId() != null && teamIds.contains(record.responsibleTeamId()));
    }

    /** True when the scope can admit nothing at all, so a search need not run. */
    public boolean isEmpty() {
        return !all && teamIds.isEmpty() && grantedRestricted.isEmpty();
    }
}
