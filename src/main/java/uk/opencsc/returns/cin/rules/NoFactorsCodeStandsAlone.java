package uk.opencsc.returns.cin.rules;

import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/** 8869: factor "21" says no factors were identified, so it cannot sit beside any other factor. */
final class NoFactorsCodeStandsAlone implements ChildRule {

    static final String NO_FACTORS = "21";

    @Override
    public String code() {
        return "8869";
    }

    @Override
    public String message() {
        return "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            List<CinDetails.CensusAssessment> assessments = child.cinDetails().get(e).assessments();
            for (int a = 0; a < assessments.size(); a++) {
                List<String> factors = assessments.get(a).factors();
                if (factors.contains(NO_FACTORS) && factors.size() > 1) {
                    breaches.add(ElementPath.cinDetails(e).then("Assessments", a).then("FactorsIdentifiedAtAssessment"));
                }
            }
        }
        return breaches;
    }
}
