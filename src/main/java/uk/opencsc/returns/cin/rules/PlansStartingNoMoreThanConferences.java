package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 2883: every child protection plan is made by an initial conference, so across the whole return the plans
 * starting in the census year cannot outnumber the initial conferences held in it (on section 47 enquiries or on
 * episodes). A conference may make no plan, so fewer plans is fine. The tally keeps two counters, nothing else.
 */
final class PlansStartingNoMoreThanConferences implements ReturnRule {

    static final ElementPath PLAN_STARTS = ElementPath.of("ChildProtectionPlans/CPPstartDate");

    @Override
    public String code() {
        return "2883";
    }

    @Override
    public String message() {
        return "There are more child protection plans starting than initial conferences taking place";
    }

    @Override
    public Tally start(CensusHeader header, CensusPeriod period) {
        return new Tally() {
            private long plansStarting;
            private long conferences;

            @Override
            public void see(CensusChild child) {
                Activities.protectionPlans(child, (episode, plan, at) -> {
                    if (period.contains(plan.startDate())) {
                        plansStarting++;
                    }
                });
                Activities.initialConferenceDates(child, (episode, conference, at) -> {
                    if (period.contains(conference)) {
                        conferences++;
                    }
                });
            }

            @Override
            public List<Failure> finish() {
                return plansStarting > conferences
                        ? List.of(Failure.of(PlansStartingNoMoreThanConferences.this, null, PLAN_STARTS))
                        : List.of();
            }
        };
    }
}
