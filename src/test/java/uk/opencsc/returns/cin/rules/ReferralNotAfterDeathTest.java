package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReferralNotAfterDeathTest {

    private final ReferralNotAfterDeath rule = new ReferralNotAfterDeath();

    @Test
    void a_referral_after_the_child_died_fails_8555Q() {
        var child = aChild().died(LocalDate.of(2025, 6, 1)).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/CINreferralDate");
    }

    @Test
    void a_referral_on_the_day_of_death_passes_8555Q() {
        assertThat(rule.check(aChild().died(REFERRAL).build(), PERIOD)).isEmpty();
    }
}
