package uk.opencsc.returns.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.CENSUS_2026;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.aChildWhose;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.enquiry;
import static uk.opencsc.returns.cin.rules.ActivityFixtures.withSection47s;
import static uk.opencsc.returns.cin.rules.CensusChildren.REFERRAL;
import static uk.opencsc.returns.cin.rules.CensusChildren.withAssessments;

import org.junit.jupiter.api.Test;

class Section47FollowsAssessmentTest {

    private final Section47FollowsAssessment rule = new Section47FollowsAssessment();

    @Test
    void a_section_47_in_an_episode_without_an_assessment_is_queried_2991Q() {
        var child = aChildWhose(episode -> withAssessments(withSection47s(episode, enquiry(REFERRAL, null))));

        assertThat(rule.check(child, CENSUS_2026)).extracting(ElementPath::value)
                .containsExactly("CINdetails[1]/Section47[1]");
    }

    @Test
    void a_section_47_beside_an_assessment_passes_2991Q() {
        var child = aChildWhose(episode -> withSection47s(episode, enquiry(REFERRAL, null)));

        assertThat(rule.check(child, CENSUS_2026)).isEmpty();
    }
}
