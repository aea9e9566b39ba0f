package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.UPN;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class UpnForSchoolAgeChildTest {

    private final UpnForSchoolAgeChild rule = new UpnForSchoolAgeChild();

    @Test
    void a_school_age_child_without_a_upn_or_reason_fails_8770Q() {
        var child = aChild().born(LocalDate.of(2022, 8, 31)).noUpn(null).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly("ChildIdentifiers/UPN");
    }

    @Test
    void not_yet_of_school_age_as_the_reason_fails_8770Q_for_a_school_age_child() {
        assertThat(rule.check(aChild().born(LocalDate.of(2015, 3, 27)).noUpn("UN1").build(), PERIOD)).hasSize(1);
    }

    @Test
    void a_younger_child_a_reason_or_an_nfa_referral_passes_8770Q() {
        assertThat(rule.check(aChild().born(LocalDate.of(2022, 9, 1)).noUpn(null).build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().noUpn("UN3").build(), PERIOD)).isEmpty();
        assertThat(rule.check(aChild().noUpn(null).episodes(anEpisode().noFurtherActionOn(REFERRAL)).build(), PERIOD))
                .isEmpty();
    }
}
