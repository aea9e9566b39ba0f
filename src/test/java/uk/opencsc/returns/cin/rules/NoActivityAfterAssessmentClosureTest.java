package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aCinPlan;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aSection47;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class NoActivityAfterAssessmentClosureTest {

    private final NoActivityAfterAssessmentClosure rule = new NoActivityAfterAssessmentClosure();

    @Test
    void a_plan_on_an_episode_closed_after_assessment_fails_2990() {
        var child = aChild().episodes(anEpisode()
                .cinPlan(aCinPlan(REFERRAL.plusDays(22), REFERRAL.plusDays(25)))
                .section47(aSection47(REFERRAL.plusDays(2)))
                .closed(REFERRAL.plusDays(30), "RC9")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]", "CINdetails[1]/CINPlanDates[1]");
    }

    @Test
    void an_episode_closed_after_assessment_with_only_the_assessment_passes_2990() {
        var child = aChild().episodes(anEpisode().closed(REFERRAL.plusDays(30), "RC8")).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
        assertThat(rule.check(aChild().episodes(anEpisode().cinPlan(aCinPlan(REFERRAL.plusDays(22), null))
                .closed(REFERRAL.plusDays(300), "RC7")).build(), PERIOD)).as("closed for another reason").isEmpty();
    }
}
