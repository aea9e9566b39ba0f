package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aHeader;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.tally;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceDateIsCensusDayTest {

    private final ReferenceDateIsCensusDay rule = new ReferenceDateIsCensusDay();

    @Test
    void a_reference_date_other_than_31_march_of_the_collection_year_fails_100() {
        var failures = tally(rule, aHeader(LocalDate.of(2025, 3, 31)), List.of(aChild().build()));

        assertThat(failures).extracting(Failure::element).extracting(ElementPath::value)
                .containsExactly("Header/CollectionDetails/ReferenceDate");
        assertThat(failures).extracting(Failure::child).containsOnlyNulls();
    }

    @Test
    void a_missing_header_fails_100() {
        assertThat(tally(rule, null, List.of(aChild().build()))).hasSize(1);
    }

    @Test
    void a_reference_date_of_31_march_2026_passes_100() {
        assertThat(tally(rule, aHeader(LocalDate.of(2026, 3, 31)), List.of(aChild().build()))).isEmpty();
    }
}
