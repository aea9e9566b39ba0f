package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.referredOn;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OpenSection47StartsInCensusYearTest {

    private final OpenSection47StartsInCensusYear rule = new OpenSection47StartsInCensusYear();

    @Test
    void a_section_47_awaiting_its_conference_since_before_the_census_year_fails_8740() {
        var child = aChildWhose(episode -> withSection47s(referredOn(episode, LocalDate.of(2025, 3, 20)),
                enquiry(LocalDate.of(2025, 3, 31), null)));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]/S47ActualStartDate");
    }

    @Test
    void a_section_47_awaiting_its_conference_since_the_first_day_of_the_year_passes_8740() {
        var child = aChildWhose(episode -> withSection47s(referredOn(episode, LocalDate.of(2025, 3, 20)),
                enquiry(LocalDate.of(2025, 4, 1), null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
