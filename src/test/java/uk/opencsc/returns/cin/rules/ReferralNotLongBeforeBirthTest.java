package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import org.junit.jupiter.api.Test;

class ReferralNotLongBeforeBirthTest {

    private final ReferralNotLongBeforeBirth rule = new ReferralNotLongBeforeBirth();

    @Test
    void a_referral_more_than_280_days_before_the_expected_birth_fails_8606() {
        var child = aChild().unbornDue(REFERRAL.plusDays(281)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINreferralDate");
    }

    @Test
    void a_referral_more_than_280_days_before_the_birth_fails_8606() {
        assertThat(rule.check(aChild().born(REFERRAL.plusDays(281)).build(), PERIOD)).hasSize(1);
    }

    @Test
    void a_referral_280_days_before_the_expected_birth_passes_8606() {
        assertThat(rule.check(aChild().unbornDue(REFERRAL.plusDays(280)).build(), PERIOD)).isEmpty();
    }
}
