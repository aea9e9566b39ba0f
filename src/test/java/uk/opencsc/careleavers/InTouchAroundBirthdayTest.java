package uk.opencsc.careleavers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InTouchAroundBirthdayTest {

    static final LocalDate BORN = LocalDate.of(2006, 7, 20);

    static CareLeaverContact on(LocalDate day, InTouch inTouch) {
        return new CareLeaverContact(UUID.randomUUID(), null, day, inTouch, ContactMethod.PHONE, null, "pa");
    }

    @ParameterizedTest(name = "born {0}, year ending March {1}: birthday at {2}")
    @CsvSource({
            "2006-07-20, 2026, 19",
            // a birthday on 1 April is in the year it starts; 31 March in the year it ends
            "2008-04-01, 2026, 17", "2009-03-31, 2026, 17", "2009-04-01, 2026, ",
            "2004-07-20, 2026, 21", "2003-07-20, 2026, "})
    void the_reported_birthday_is_the_17th_to_21st_falling_in_the_collection_year(LocalDate born, int yearEnding, Integer age) {
        assertThat(InTouchAroundBirthday.reportedAge(born, yearEnding)).isEqualTo(Optional.ofNullable(age));
    }

    @Test
    void a_contact_counts_from_three_months_before_the_birthday_to_one_month_after() {
        LocalDate birthday = BORN.plusYears(19);
        assertThat(InTouchAroundBirthday.answer(BORN, 19, List.of(on(birthday.minusMonths(3), InTouch.YES)))).isEqualTo(InTouch.YES);
        assertThat(InTouchAroundBirthday.answer(BORN, 19, List.of(on(birthday.plusMonths(1), InTouch.YES)))).isEqualTo(InTouch.YES);
        assertThat(InTouchAroundBirthday.answer(BORN, 19, List.of(on(birthday.minusMonths(3).minusDays(1), InTouch.YES))))
                .isEqualTo(InTouch.NO);
        assertThat(InTouchAroundBirthday.answer(BORN, 19, List.of(on(birthday.plusMonths(1).plusDays(1), InTouch.YES))))
                .isEqualTo(InTouch.NO);
    }

    @Test
    void in_touch_once_in_the_window_is_in_touch_whatever_a_later_attempt_found() {
        LocalDate birthday = BORN.plusYears(19);
        assertThat(InTouchAroundBirthday.answer(BORN, 19, List.of(on(birthday.minusWeeks(2), InTouch.YES), on(birthday, InTouch.NO))))
                .isEqualTo(InTouch.YES);
    }

    @Test
    void without_a_contact_in_touch_the_latest_contact_answers_and_none_means_not_in_touch() {
        LocalDate birthday = BORN.plusYears(19);
        assertThat(InTouchAroundBirthday.answer(BORN, 19, List.of(on(birthday.minusWeeks(2), InTouch.NO), on(birthday, InTouch.REFU))))
                .isEqualTo(InTouch.REFU);
        assertThat(InTouchAroundBirthday.answer(BORN, 19, List.of())).isEqualTo(InTouch.NO);
    }
}
