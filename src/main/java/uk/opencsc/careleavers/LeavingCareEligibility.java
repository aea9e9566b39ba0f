package uk.opencsc.careleavers;

import uk.opencsc.care.PeriodOfCare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A young person's leaving care category as their periods of care make it, on a day (Children Act 1989 Sch 2 para
 * 19B, s23A, s23C, s24; Care Planning, Placement and Case Review (England) Regulations 2010 reg 40 for the eligible
 * child's care history):
 * <ul>
 *   <li>the care history of an eligible child: looked after for 13 weeks in all (91 days) after the 14th birthday,
 *   in a period that ended after the 16th birthday, or has not ended. Short breaks do not count (reg 40 leaves out
 *   pre-planned short placements where the child returns home each time);</li>
 *   <li>with that history: <b>eligible</b> while 16 or 17 and looked after, <b>relevant</b> once they leave care
 *   at 16 or 17, <b>former relevant</b> from 18 until 25;</li>
 *   <li>without it but looked after on a day at or after the 16th birthday: <b>qualifying</b> once they leave care,
 *   until 25.</li>
 * </ul>
 * Not derived (the worker records them): a young person in custody or hospital on their 16th birthday who would
 * otherwise be relevant, and qualifying care leavers who were privately fostered or under a special guardianship
 * order. A period of care counts up to and including the day it ended.
 */
public final class LeavingCareEligibility {

    static final long THIRTEEN_WEEKS = 91;

    /** The category and, in a worker's words, why. */
    public record Derived(EligibilityCategory category, String why) {
    }

    private LeavingCareEligibility() {
    }

    /**
     * @param lookedAfter whether the young person is looked after on {@code day} (a period of care that ends on
     *                    {@code day} counts as left: the category applies from the day care ended)
     */
    public static Optional<Derived> on(LocalDate day, LocalDate bornOn, List<PeriodOfCare> periods, boolean lookedAfter) {
        if (bornOn == null) {
            return Optional.empty();
        }
        int age = CareLeaverRules.ageOn(bornOn, day);
        if (age < 16 || age >= 25) {
            return Optional.empty();
        }
        LocalDate fourteen = bornOn.plusYears(14);
        LocalDate sixteen = bornOn.plusYears(16);
        List<PeriodOfCare> care = periods.stream().filter(p -> !p.shortBreaks() && !p.startDate().isAfter(day)).toList();
        long daysSinceFourteen = care.stream().mapToLong(p -> daysWithin(p, fourteen, day)).sum();
        boolean careAfterSixteen = care.stream().anyMatch(p -> p.endDate() == null || !p.endDate().isBefore(sixteen));
        String history = "looked after " + daysSinceFourteen + " days since the 14th birthday";
        if (daysSinceFourteen >= THIRTEEN_WEEKS && careAfterSixteen) {
            if (age >= 18) {
                return Optional.of(new Derived(EligibilityCategory.FORMER_RELEVANT, history + ", some of it after the 16th, and now 18 or over"));
            }
            return Optional.of(lookedAfter
                    ? new Derived(EligibilityCategory.ELIGIBLE, history + " and still looked after at 16 or 17")
                    : new Derived(EligibilityCategory.RELEVANT, history + ", some of it after the 16th, and left care at 16 or 17"));
        }
        if (careAfterSixteen && !lookedAfter) {
            return Optional.of(new Derived(EligibilityCategory.QUALIFYING, history
                    + " (less than 13 weeks), looked after at or after the 16th birthday"));
        }
        return Optional.empty();
    }

    /** The days of the period from {@code from} to {@code to}, both inclusive. */
    private static long daysWithin(PeriodOfCare period, LocalDate from, LocalDate to) {
        LocalDate start = period.startDate().isBefore(from) ? from : period.startDate();
        LocalDate end = period.endDate() == null || period.endDate().isAfter(to) ? to : period.endDate();
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }
}
