package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8569Q: a referral with no further action is decided within a working day or so, so one flagged NFA that was
 * made before the working day before 1 April belongs to an earlier census, not this one; an older episode
 * still in this return went on to further action.
 */
final class NfaOnlyForReferralsInYear implements ChildRule {

    @Override
    public String code() {
        return "8569Q";
    }

    @Override
    public String message() {
        return "A case with referral date before one working day prior to the collection start date must not be "
                + "flagged as a no further action case";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        LocalDate cutOff = workingDayBefore(period.start(), period);
        List<ElementPath> breaches = new ArrayList<>();
        for (int e = 0; e < child.cinDetails().size(); e++) {
            CinDetails episode = child.cinDetails().get(e);
            if (Boolean.TRUE.equals(episode.referralNfa()) && episode.referralDate() != null
                    && episode.referralDate().isBefore(cutOff)) {
                breaches.add(ElementPath.cinDetails(e).then("ReferralNFA"));
            }
        }
        return breaches;
    }

    /** The last working day before {@code date}: 31 March, or the Thursday before when 31 March is Good Friday. */
    static LocalDate workingDayBefore(LocalDate date, CensusPeriod period) {
        LocalDate day = date.minusDays(1);
        while (!period.calendar().isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
