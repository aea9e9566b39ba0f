package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class Section47AwaitingConferenceTooLongTest {

    private final Section47AwaitingConferenceTooLong rule = new Section47AwaitingConferenceTooLong();

    @Test
    void a_section_47_started_16_working_days_before_the_reference_date_without_a_conference_is_queried_8675Q() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(LocalDate.of(2026, 3, 9), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/S47ActualStartDate");
    }

    @Test
    void a_section_47_started_15_working_days_before_the_reference_date_passes_8675Q() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(LocalDate.of(2026, 3, 10), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
