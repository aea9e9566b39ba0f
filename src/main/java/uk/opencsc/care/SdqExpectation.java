package uk.opencsc.care;

import java.time.LocalDate;
import java.util.List;

/**
 * The yearly strengths and difficulties questionnaire: a child aged 4 to 16 who has been looked after continuously
 * for 12 months (the 903's OC2 cohort, validation rule 186) should have an SDQ, score or reason, from the last 12
 * months. Short breaks do not count as looked after here, as in the OC2 cohort.
 */
public final class SdqExpectation {

    private SdqExpectation() {
    }

    /**
     * @param sdqDates the dates of the child's SDQs, scored or not done with a reason, any order
     * @return whether an SDQ is due now and none is recorded in the last 12 months
     */
    public static boolean due(List<PeriodOfCare> periods, LocalDate dateOfBirth, List<LocalDate> sdqDates, LocalDate today) {
        if (dateOfBirth == null || today.isBefore(dateOfBirth.plusYears(4)) || !today.isBefore(dateOfBirth.plusYears(17))) {
            return false;
        }
        boolean twelveMonths = periods.stream().anyMatch(p -> !p.shortBreaks() && p.covers(today)
                && !p.startDate().isAfter(today.minusYears(1)));
        return twelveMonths && sdqDates.stream().noneMatch(d -> d.isAfter(today.minusYears(1)));
    }
}
