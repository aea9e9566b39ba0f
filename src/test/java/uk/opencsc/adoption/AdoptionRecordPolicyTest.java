package uk.opencsc.adoption;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.opencsc.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AdoptionRecordPolicyTest {

    @ParameterizedTest(name = "{0} in adoption team {1}, grant {2}, child restricted {3}: reads {4}, changes {5}")
    @CsvSource({
            // the child's own team's social worker (not an adoption team) without a grant: nothing
            "SOCIAL_WORKER, false, false, false, false, false",
            // the adoption team reads and changes it
            "SOCIAL_WORKER, true, false, false, true, true",
            "TEAM_MANAGER, true, false, false, true, true",
            // ... but a restricted child's adoption record needs a grant even for them
            "SOCIAL_WORKER, true, false, true, false, false",
            // a grant opens it to anyone; only roles that change records change it
            "SOCIAL_WORKER, false, true, false, true, true",
            "INDEPENDENT_REVIEWING_OFFICER, false, true, false, true, false",
            "SOCIAL_WORKER, true, true, true, true, true",
            // reading every record does not reach the adoption record
            "PERFORMANCE_ANALYST, false, false, false, false, false",
            "INSPECTOR, false, false, false, false, false",
            "HEAD_OF_SERVICE, false, false, false, false, false",
            // an administrator in an adoption team reads no children's records
            "ADMINISTRATOR, true, false, false, false, false",
    })
    void the_adoption_record_is_read_by_the_adoption_team_and_by_explicit_grants_only(Role role, boolean adoptionTeam,
                                                                                      boolean grant, boolean restricted,
                                                                                      boolean reads, boolean changes) {
        assertThat(AdoptionRecordPolicy.mayRead(role, adoptionTeam, grant, restricted)).isEqualTo(reads);
        assertThat(AdoptionRecordPolicy.mayWrite(role, adoptionTeam, grant, restricted)).isEqualTo(changes);
    }

    @ParameterizedTest(name = "{0} in adoption team {1}: reads adopters {2}, changes {3}")
    @CsvSource({
            "SOCIAL_WORKER, true, true, true",
            "SOCIAL_WORKER, false, false, false",
            "HEAD_OF_SERVICE, false, false, false",
            "PERFORMANCE_ANALYST, true, true, false",
    })
    void prospective_adopters_are_the_adoption_teams(Role role, boolean adoptionTeam, boolean reads, boolean changes) {
        assertThat(AdoptionRecordPolicy.mayReadAdopters(role, adoptionTeam)).isEqualTo(reads);
        assertThat(AdoptionRecordPolicy.mayChangeAdopters(role, adoptionTeam)).isEqualTo(changes);
    }
}
