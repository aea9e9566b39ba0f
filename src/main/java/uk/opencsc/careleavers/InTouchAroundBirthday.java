package uk.opencsc.careleavers;

import uk.opencsc.people.DateRange;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SSDA903 care leavers table (OC3) asks, for each young person whose 17th, 18th, 19th, 20th or 21st birthday
 * falls in the collection year (1 April to 31 March), whether the authority was in touch around that birthday: the
 * DfE's 903 guidance counts contact from three months before the birthday to one month after it. This rule says
 * which birthday a year reports and what the record answers for it.
 */
public final class InTouchAroundBirthday {

    /** The birthdays the OC3 table reports. */
    public static final int FIRST_REPORTED_AGE = 17;
    public static final int LAST_REPORTED_AGE = 21;

    private static final MonthDay YEAR_STARTS = MonthDay.of(4, 1);

    private InTouchAroundBirthday() {
    }

    /**
     * The reported birthday (17th to 21st) falling in the collection year that ends on 31 March of {@code yearEnding}.
     *
     * @return the age reached on it; empty when none of those birthdays falls in that year
     */
    public static Optional<Integer> reportedAge(LocalDate bornOn, int yearEnding) {
        DateRange year = DateRange.of(YEAR_STARTS.atYear(yearEnding - 1), YEAR_STARTS.atYear(yearEnding));
        for (int age = FIRST_REPORTED_AGE; age <= LAST_REPORTED_AGE; age++) {
            if (year.contains(bornOn.plusYears(age))) {
                return Optional.of(age);
            }
        }
        return Optional.empty();
    }

    /** The days a contact counts for the birthday at {@code age}: three months before it to one month after, both inclusive. */
    public static DateRange window(LocalDate bornOn, int age) {
        LocalDate birthday = bornOn.plusYears(age);
        return DateRange.of(birthday.minusMonths(3), birthday.plusMonths(1).plusDays(1));
    }

    /**
     * What the record answers for IN_TOUCH at the birthday, from the contacts in the window: a death recorded says
     * DIED; otherwise any contact in touch says YES (a failed attempt the same month does not undo it); otherwise the
     * latest contact says it (refused, no longer requires services...). With no contact in the window the authority
     * was not in touch: NO.
     */
    public static InTouch answer(LocalDate bornOn, int age, List<CareLeaverContact> contacts) {
        DateRange window = window(bornOn, age);
        List<CareLeaverContact> around = contacts.stream().filter(c -> window.contains(c.date())).toList();
        for (InTouch decisive : List.of(InTouch.DIED, InTouch.YES)) {
            if (around.stream().anyMatch(c -> c.inTouch() == decisive)) {
                return decisive;
            }
        }
        return around.stream().max(Comparator.comparing(CareLeaverContact::date))
                .map(CareLeaverContact::inTouch).orElse(InTouch.NO);
    }
}
