package uk.opencsc.careleavers;

import org.junit.jupiter.api.Test;
import uk.opencsc.care.LegalStatus;
import uk.opencsc.care.PeriodOfCare;
import uk.opencsc.care.ReasonEpisodeCeased;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LeavingCareEligibilityTest {

    static final LocalDate BORN = LocalDate.of(2008, 3, 10);
    static final LocalDate FOURTEEN = BORN.plusYears(14);
    static final LocalDate SIXTEEN = BORN.plusYears(16);
    static final LocalDate EIGHTEEN = BORN.plusYears(18);

    static PeriodOfCare period(LocalDate start, LocalDate end, boolean shortBreaks) {
        return new PeriodOfCare(UUID.randomUUID(), UUID.randomUUID(), start, end, end == null ? null : ReasonEpisodeCeased.E4A,
                shortBreaks, false, null, 0, null, "t", List.of());
    }

    static Optional<EligibilityCategory> category(LocalDate day, boolean lookedAfter, PeriodOfCare... periods) {
        return LeavingCareEligibility.on(day, BORN, List.of(periods), lookedAfter).map(LeavingCareEligibility.Derived::category);
    }

    @Test
    void looked_after_13_weeks_since_14_and_still_looked_after_at_16_is_an_eligible_child() {
        assertThat(category(SIXTEEN.plusDays(1), true, period(SIXTEEN.minusDays(90), null, false))).contains(EligibilityCategory.ELIGIBLE);
    }

    @Test
    void ninety_days_is_not_13_weeks() {
        assertThat(category(SIXTEEN.plusDays(1), true, period(SIXTEEN.minusDays(88), null, false))).isEmpty();
    }

    @Test
    void an_eligible_child_who_leaves_care_at_17_is_relevant_and_at_18_former_relevant() {
        PeriodOfCare toSeventeen = period(FOURTEEN.plusMonths(6), SIXTEEN.plusYears(1), false);
        assertThat(category(SIXTEEN.plusYears(1), false, toSeventeen)).contains(EligibilityCategory.RELEVANT);
        PeriodOfCare toEighteen = period(FOURTEEN.plusMonths(6), EIGHTEEN, false);
        assertThat(category(EIGHTEEN, false, toEighteen)).contains(EligibilityCategory.FORMER_RELEVANT);
        assertThat(category(EIGHTEEN.plusYears(3), false, toEighteen)).contains(EligibilityCategory.FORMER_RELEVANT);
    }

    @Test
    void care_before_14_does_not_count_towards_the_13_weeks() {
        PeriodOfCare young = period(BORN.plusYears(5), FOURTEEN.minusDays(1), false);
        PeriodOfCare brief = period(SIXTEEN.plusDays(10), SIXTEEN.plusDays(40), false);
        assertThat(category(SIXTEEN.plusDays(40), false, young, brief))
                .as("31 days since 14, looked after after 16: qualifying").contains(EligibilityCategory.QUALIFYING);
    }

    @Test
    void periods_add_up_to_13_weeks_when_one_of_them_ends_after_the_16th_birthday() {
        PeriodOfCare first = period(FOURTEEN.plusDays(10), FOURTEEN.plusDays(69), false);
        PeriodOfCare second = period(SIXTEEN.minusDays(10), SIXTEEN.plusDays(20), false);
        assertThat(category(SIXTEEN.plusDays(20), false, first, second)).contains(EligibilityCategory.RELEVANT);
    }

    @Test
    void care_that_ended_before_16_makes_no_care_leaver_whatever_its_length() {
        assertThat(category(SIXTEEN.plusMonths(2), false, period(FOURTEEN, SIXTEEN.minusDays(1), false))).isEmpty();
    }

    @Test
    void short_breaks_do_not_count() {
        assertThat(category(SIXTEEN.plusDays(1), false, period(FOURTEEN, SIXTEEN.plusDays(1), true))).isEmpty();
    }

    @Test
    void no_category_under_16_or_from_25() {
        PeriodOfCare long_ = period(FOURTEEN, EIGHTEEN, false);
        assertThat(category(SIXTEEN.minusDays(1), true, long_)).isEmpty();
        assertThat(category(BORN.plusYears(25), false, long_)).isEmpty();
    }
}
