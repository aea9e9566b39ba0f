package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;

/**
 * 8606: an unborn child can be referred, but not before they are conceived, so a referral more than 280 days
 * (40 weeks, a full pregnancy) before the date of birth or expected date of birth has a wrong date.
 */
final class ReferralNotLongBeforeBirth implements ChildRule {

    static final int PREGNANCY_DAYS = 280;

    @Override
    public String code() {
        return "8606";
    }

    @Override
    public String message() {
        return "Child referral date is more than 40 weeks before DOB or expected DOB";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            LocalDate referral = child.cinDetails().get(e).referralDate();
            boolean tooEarly = referral != null
                    && (tooEarly(referral, child.birthDate()) || tooEarly(referral, child.expectedBirthDate()));
            if (tooEarly) {
                breaches.add(ElementPath.cinDetails(e).then("CINreferralDate"));
            }
        }
        return breaches;
    }

    private static boolean tooEarly(LocalDate referral, LocalDate birth) {
        return birth != null && referral.isBefore(birth.minusDays(PREGNANCY_DAYS));
    }
}
