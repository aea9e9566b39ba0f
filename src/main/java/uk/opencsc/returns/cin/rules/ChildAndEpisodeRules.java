package uk.opencsc.returns.cin.rules;

import java.util.List;

/**
 * The rules about the child (identifiers, characteristics), the CIN episode (referral, closure, no further
 * action), the header and the return as a whole.
 */
final class ChildAndEpisodeRules {

    private ChildAndEpisodeRules() {}

    static List<CensusRule> all() {
        return List.of();
    }
}
