package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusHeader;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * Runs every rule over a census in one pass: each child is checked by every child rule as it arrives and seen
 * once by each return rule's tally, then dropped, so memory does not grow with the number of children.
 */
public final class CensusValidator {

    private final List<ChildRule> childRules = new ArrayList<>();
    private final List<ReturnRule.Tally> tallies = new ArrayList<>();
    private final CensusPeriod period;
    private final ValidationReport.Builder report = ValidationReport.builder();

    public CensusValidator(CensusHeader header, CensusPeriod period) {
        this(header, period, CinCensusRules.all());
    }

    public CensusValidator(CensusHeader header, CensusPeriod period, List<CensusRule> rules) {
        this.period = period;
        for (CensusRule rule : rules) {
            switch (rule) {
                case ChildRule childRule -> childRules.add(childRule);
                case ReturnRule returnRule -> tallies.add(returnRule.start(header, period));
            }
        }
    }

    public void check(CensusChild child) {
        report.childSeen();
        for (ChildRule rule : childRules) {
            for (ElementPath element : rule.check(child, period)) {
                report.add(Failure.of(rule, child.name(), element));
            }
        }
        for (ReturnRule.Tally tally : tallies) {
            tally.see(child);
        }
    }

    public ValidationReport finish() {
        for (ReturnRule.Tally tally : tallies) {
            tally.finish().forEach(report::add);
        }
        return report.build();
    }
}
