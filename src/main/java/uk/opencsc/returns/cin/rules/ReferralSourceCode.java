package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.opencsc.frontdoor.ReferralSource;
import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8866: the DfE counts referrals by who made them, so every referral since the source was first collected
 * (1 April 2013) has one of the census's codes (frontdoor.ReferralSource is exactly its referralsourcetype).
 * An episode without a referral date is 8600's.
 */
final class ReferralSourceCode implements ChildRule {

    static final LocalDate FIRST_COLLECTED = LocalDate.of(2013, 4, 1);
    static final Set<String> CODES =
            Arrays.stream(ReferralSource.values()).map(ReferralSource::code).collect(Collectors.toUnmodifiableSet());

    @Override
    public String code() {
        return "8866";
    }

    @Override
    public String message() {
        return "Source of Referral is missing or an invalid code";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            boolean collected = episode.referralDate() != null && !episode.referralDate().isBefore(FIRST_COLLECTED);
            if (collected && (episode.referralSource() == null || !CODES.contains(episode.referralSource()))) {
                breaches.add(ElementPath.cinDetails(e).then("ReferralSource"));
            }
        }
        return breaches;
    }
}
