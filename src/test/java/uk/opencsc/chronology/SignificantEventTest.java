package uk.opencsc.chronology;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SignificantEventTest {

    @Test
    void an_event_known_by_its_day_happened_at_the_start_of_that_day_in_the_uk_in_summer_and_winter() {
        assertThat(SignificantEvent.startOf(LocalDate.of(2024, 10, 25))).as("British Summer Time")
                .isEqualTo(Instant.parse("2024-10-24T23:00:00Z"));
        assertThat(SignificantEvent.startOf(LocalDate.of(2024, 11, 8))).as("Greenwich Mean Time")
                .isEqualTo(Instant.parse("2024-11-08T00:00:00Z"));
    }

    @Test
    void a_time_a_worker_typed_is_uk_time() {
        assertThat(SignificantEvent.at(LocalDateTime.of(2024, 10, 25, 9, 30))).isEqualTo(Instant.parse("2024-10-25T08:30:00Z"));
    }
}
