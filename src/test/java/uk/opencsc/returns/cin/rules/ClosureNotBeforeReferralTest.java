package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class ClosureNotBeforeReferralTest {

    private final ClosureNotBeforeReferral rule = new ClosureNotBeforeReferral();

    @Test
    void a_closure_before_the_referral_fails_8630() {
        var child = aChild().episodes(anEpisode().closed(REFERRAL.minusDays(1), "RC7")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINclosureDate");
    }

    @Test
    void a_closure_on_the_day_of_referral_passes_8630() {
        assertThat(rule.check(aChild().episodes(anEpisode().noFurtherActionOn(REFERRAL)).build(), PERIOD)).isEmpty();
    }
}
