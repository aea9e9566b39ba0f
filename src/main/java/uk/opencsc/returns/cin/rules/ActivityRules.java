package uk.opencsc.returns.cin.rules;

import java.util.List;

/** The rules about what happens within an episode: assessments, CIN plans, section 47s and child protection plans. */
final class ActivityRules {

    private ActivityRules() {}

    static List<CensusRule> all() {
        return List.of(
                new NoFactorsCodeStandsAlone());
    }
}
