package uk.opencsc.adoption;

import uk.opencsc.access.Role;

/**
 * Who may read and change a child's adoption and permanence record. The record is restricted by default, whatever
 * the child's main record is: it may identify the adopters, the placement and the child's new identity, so the
 * team that holds the child's main record does not read it by holding the child.
 * <ul>
 *   <li>Members of an adoption team (a team of kind {@code ADOPTION}) read it, in any role that reads records, unless
 *   the child's main record is itself restricted: then they too need a grant.</li>
 *   <li>Anyone else reads it only with an explicit, live grant to the child's record (the restricted-records page,
 *   given by a head of service or an administrator, with a reason and an end date).</li>
 *   <li>Of those who may read it, the roles that change records may change it.</li>
 * </ul>
 * Plain Java, so the rule can be tested from a table.
 */
public final class AdoptionRecordPolicy {

    private AdoptionRecordPolicy() {
    }

    /**
     * @param inAdoptionTeam  the user's team is an adoption team
     * @param holdsGrant      the user holds a live grant to the child's record
     * @param childRestricted the child's main record is restricted
     */
    public static boolean mayRead(Role role, boolean inAdoptionTeam, boolean holdsGrant, boolean childRestricted) {
        if (holdsGrant) {
            return true;
        }
        return inAdoptionTeam && role.readsRecords() && !childRestricted;
    }

    public static boolean mayWrite(Role role, boolean inAdoptionTeam, boolean holdsGrant, boolean childRestricted) {
        return role.writesRecords() && mayRead(role, inAdoptionTeam, holdsGrant, childRestricted);
    }

    /** The prospective adopters' pages: the adoption team's own work, so only its members. */
    public static boolean mayReadAdopters(Role role, boolean inAdoptionTeam) {
        return inAdoptionTeam && role.readsRecords();
    }

    public static boolean mayChangeAdopters(Role role, boolean inAdoptionTeam) {
        return inAdoptionTeam && role.writesRecords();
    }
}
