package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class ClosureDateHasReasonTest {

    private final ClosureDateHasReason rule = new ClosureDateHasReason();

    @Test
    void a_closure_date_without_a_reason_fails_8805() {
        var child = aChild().episodes(anEpisode().closed(REFERRAL.plusDays(30), null)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReasonForClosure");
    }

    @Test
    void a_closure_date_with_its_reason_passes_8805() {
        assertThat(rule.check(aChild().episodes(anEpisode().closed(REFERRAL.plusDays(30), "RC7")).build(), PERIOD))
                .isEmpty();
    }
}
