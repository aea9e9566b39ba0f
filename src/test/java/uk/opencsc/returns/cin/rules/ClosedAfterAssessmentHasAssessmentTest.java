package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class ClosedAfterAssessmentHasAssessmentTest {

    private final ClosedAfterAssessmentHasAssessment rule = new ClosedAfterAssessmentHasAssessment();

    @Test
    void closed_after_assessment_without_an_assessment_fails_8825Q() {
        var child = aChild().episodes(anEpisode().assessments().closed(REFERRAL.plusDays(30), "RC9")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/ReasonForClosure");
    }

    @Test
    void closed_after_the_assessment_it_holds_passes_8825Q() {
        assertThat(rule.check(aChild().episodes(anEpisode().closed(REFERRAL.plusDays(30), "RC8")).build(), PERIOD))
                .isEmpty();
    }
}
