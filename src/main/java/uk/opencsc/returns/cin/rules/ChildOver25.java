package uk.opencsc.returns.cin.rules;

import java.time.LocalDate;
import java.util.List;

import uk.opencsc.returns.cin.CensusChild;
import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails;

/**
 * 8775Q: children's social care ends by 25 at the latest, so a child over 25 at the reference date with an
 * episode still open, or closed after their 25th birthday, probably has a wrong date of birth.
 */
final class ChildOver25 implements ChildRule {

    static final int OLDEST = 25;

    @Override
    public String code() {
        return "8775Q";
    }

    @Override
    public String message() {
        return "Please check and either amend data or provide a reason: Child is over 25 years old";
    }

    @Override
    public List<ElementPath> check(CensusChild child, CensusPeriod period) {
        LocalDate birth = child.birthDate();
        if (birth == null || !birth.isBefore(period.referenceDate().minusYears(OLDEST))) {
            return List.of();
        }
        LocalDate twentyFifthBirthday = birth.plusYears(OLDEST);
        for (CinDetails episode : child.cinDetails()) {
            if (episode.closureDate() == null || episode.closureDate().isAfter(twentyFifthBirthday)) {
                return List.of(BirthNotAfterCensus.BIRTH_DATE);
            }
        }
        return List.of();
    }
}
