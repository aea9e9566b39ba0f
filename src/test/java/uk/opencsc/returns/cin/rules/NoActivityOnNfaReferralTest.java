package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aSection47;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class NoActivityOnNfaReferralTest {

    private final NoActivityOnNfaReferral rule = new NoActivityOnNfaReferral();

    @Test
    void an_assessment_or_enquiry_on_an_nfa_referral_fails_8831_at_each() {
        var child = aChild().episodes(anEpisode().nfa(true)
                .section47(aSection47(REFERRAL))
                .initialCpc(REFERRAL.plusDays(10))).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly(
                "CINdetails[1]/Assessments[1]", "CINdetails[1]/Section47[1]", "CINdetails[1]/DateOfInitialCPC");
    }

    @Test
    void an_nfa_referral_with_no_activity_passes_8831() {
        assertThat(rule.check(aChild().episodes(anEpisode().noFurtherActionOn(REFERRAL)).build(), PERIOD)).isEmpty();
    }
}
