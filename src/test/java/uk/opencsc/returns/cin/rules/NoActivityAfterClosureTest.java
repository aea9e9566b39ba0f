package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.PERIOD;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.REFERRAL;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aChild;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aCinPlan;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aProtectionPlan;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.aSection47;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anAssessmentStarted;
import static uk.opencsc.returns.cin.rules.EpisodeFixtures.anEpisode;

import org.junit.jupiter.api.Test;

class NoActivityAfterClosureTest {

    private final NoActivityAfterClosure rule = new NoActivityAfterClosure();

    @Test
    void an_assessment_and_a_plan_after_the_closure_fail_8565_at_each_date() {
        var closed = REFERRAL.plusDays(10);
        var child = aChild().episodes(anEpisode()
                .assessments(anAssessmentStarted(REFERRAL.plusDays(1)))
                .cinPlan(aCinPlan(REFERRAL.plusDays(5), closed.plusDays(1)))
                .section47(aSection47(closed.plusDays(2)))
                .protectionPlan(aProtectionPlan(REFERRAL.plusDays(3), closed))
                .closed(closed, "RC7")).build();

        assertThat(rule.check(child, PERIOD)).extracting(ElementPath::value).containsExactly(
                "CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate",
                "CINdetails[1]/CINPlanDates[1]/CINPlanEndDate",
                "CINdetails[1]/Section47[1]/S47ActualStartDate");
    }

    @Test
    void activity_up_to_and_on_the_closure_date_passes_8565() {
        var closed = REFERRAL.plusDays(21);
        var child = aChild().episodes(anEpisode()
                .cinPlan(aCinPlan(REFERRAL.plusDays(21), closed))
                .closed(closed, "RC7")).build();

        assertThat(rule.check(child, PERIOD)).isEmpty();
    }
}
