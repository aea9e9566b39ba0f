package uk.opencsc.people;

import org.junit.jupiter.api.Test;
import uk.opencsc.platform.validation.InvalidValueException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateRangeTest {

    static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1), FEB_1 = LocalDate.of(2024, 2, 1), MAR_1 = LocalDate.of(2024, 3, 1);

    @Test
    void a_range_contains_its_start_but_not_its_end() {
        DateRange january = DateRange.of(JAN_1, FEB_1);
        assertThat(january.contains(JAN_1)).isTrue();
        assertThat(january.contains(FEB_1.minusDays(1))).isTrue();
        assertThat(january.contains(FEB_1)).isFalse();
        assertThat(DateRange.of(JAN_1, null).contains(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void ranges_that_only_touch_do_not_overlap_so_a_move_leaves_no_gap_and_no_double_day() {
        assertThat(DateRange.of(JAN_1, FEB_1).overlaps(DateRange.of(FEB_1, MAR_1))).isFalse();
        assertThat(DateRange.of(FEB_1, null).overlaps(DateRange.of(JAN_1, FEB_1))).isFalse();
    }

    @Test
    void ranges_sharing_a_day_overlap_and_an_open_range_overlaps_everything_after_its_start() {
        assertThat(DateRange.of(JAN_1, FEB_1.plusDays(1)).overlaps(DateRange.of(FEB_1, MAR_1))).isTrue();
        assertThat(DateRange.of(JAN_1, null).overlaps(DateRange.of(FEB_1, MAR_1))).isTrue();
        assertThat(DateRange.of(JAN_1, null).overlaps(DateRange.of(FEB_1, null))).isTrue();
        assertThat(DateRange.of(FEB_1, MAR_1).overlaps(DateRange.of(JAN_1, MAR_1))).isTrue();
    }

    @Test
    void a_range_must_end_after_it_starts() {
        assertThatThrownBy(() -> DateRange.of(FEB_1, FEB_1)).isInstanceOf(InvalidValueException.class).hasMessageContaining("after the start");
    }
}
