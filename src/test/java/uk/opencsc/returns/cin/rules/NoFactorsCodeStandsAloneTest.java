package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.aChild;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;
import static uk.opencsc.returns.cin.rules.CensusChildren.withEpisode;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.opencsc.returns.cin.CensusPeriod;
import uk.opencsc.returns.cin.CinDetails.CensusAssessment;

class NoFactorsCodeStandsAloneTest {

    private final NoFactorsCodeStandsAlone rule = new NoFactorsCodeStandsAlone();
    private final CensusPeriod period = CensusPeriod.yearEnding(2026);

    @Test
    void factor_21_beside_another_factor_fails_8869_at_that_assessment() {
        var child = withEpisode(aChild(), episode -> withAssessments(episode,
                new CensusAssessment(REFERRAL, null, REFERRAL.plusDays(10), List.of("2A")),
                new CensusAssessment(REFERRAL.plusDays(30), null, REFERRAL.plusDays(40), List.of("21", "3A"))));

        assertThat(rule.check(child, period)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Assessments[2]/FactorsIdentifiedAtAssessment");
        assertThat(rule.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void factor_21_alone_passes_8869() {
        var child = withEpisode(aChild(), episode -> withAssessments(episode,
                new CensusAssessment(REFERRAL, null, REFERRAL.plusDays(10), List.of("21"))));

        assertThat(rule.check(child, period)).isEmpty();
    }
}
