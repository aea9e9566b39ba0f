package uk.opencsc.returns.cin.rules;

import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8772: UN7 says the UPN is unknown because every referral ended with no further action, so the child was never
 * worked with long enough to find it; a referral that went on to further action (or has no flag) contradicts it.
 */
final class Un7OnlyForNoFurtherAction implements ChildRule {

    static final String NO_FURTHER_ACTION_REASON = "UN7";

    @Override
    public String code() {
        return "8772";
    }

    @Override
    public String message() {
        return "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral "
                + "going on to further action";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        if (!NO_FURTHER_ACTION_REASON.equals(child.upnUnknown())) {
            return List.of();
        }
        boolean furtherAction = child.cinDetails().stream().anyMatch(e -> !Boolean.TRUE.equals(e.referralNfa()));
        return furtherAction ? List.of(ElementPath.of("ChildIdentifiers/UPNunknown")) : List.of();
    }
}
